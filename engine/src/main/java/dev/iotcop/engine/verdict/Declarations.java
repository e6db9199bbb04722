package dev.iotcop.engine.verdict;

import java.util.Optional;

/**
 * What the manufacturer declared (ICS and IXIT), as the verdict resolver needs it. Until a declarations file is given,
 * {@link #NONE} says nothing, so conceptual test cases stay unassessed and no condition is assumed.
 */
public interface Declarations {
  Declarations NONE = new Declarations() {
    @Override
    public Optional<Boolean> conditionHolds(String conditionId) {
      return Optional.empty();
    }

    @Override
    public boolean coversConceptualTest(String testCaseId) {
      return false;
    }
  };

  /** Whether a condition (or V3 feature) of Annex B holds for the product, if declared. */
  Optional<Boolean> conditionHolds(String conditionId);

  /** Whether the declarations supply everything a conceptual test case examines. */
  boolean coversConceptualTest(String testCaseId);
}
