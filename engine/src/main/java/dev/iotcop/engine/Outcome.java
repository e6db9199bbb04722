package dev.iotcop.engine;

/**
 * The result of one check on one subject. INCONCLUSIVE means the check could not decide (unreachable, timeout,
 * lockout, budget spent) and always carries the reason; it is never turned into PASS.
 */
public enum Outcome {
  PASS,
  FAIL,
  INCONCLUSIVE,
  INFO
}
