package dev.iotcop.engine.verdict;

/** The verdict on one provision, with TS 103 701 semantics (see DESIGN §4). */
public enum VerdictValue {
  PASS,
  FAIL,
  INCONCLUSIVE,
  NOT_APPLICABLE,
  NOT_ASSESSED
}
