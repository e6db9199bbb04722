package dev.iotcop.catalog;

/** Annex B of EN 303 645 makes provisions conditional on numbered conditions and, in V3, on lettered features. */
public enum ConditionKind {
  CONDITION,
  FEATURE
}
