package dev.iotcop.catalog;

/**
 * TS 103 701 distinguishes conceptual assessment (documentation, ICS and IXIT) from functional assessment
 * (testing the device); one test case is both.
 */
public enum TestKind {
  CONCEPTUAL,
  FUNCTIONAL,
  BOTH;

  public boolean isFunctional() {
    return this != CONCEPTUAL;
  }

  public boolean isConceptual() {
    return this != FUNCTIONAL;
  }
}
