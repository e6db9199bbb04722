package dev.iotcop.engine.verdict;

import dev.iotcop.catalog.ItemRef;
import java.util.List;
import java.util.Map;

/**
 * The verdicts of the provisions related to one item of another standard (a Code of Practice guideline, a PSTI
 * requirement), counted, with the overall state: FAIL if any failed, else INCONCLUSIVE, else NOT_ASSESSED if any
 * provision lacks evidence, else PASS (or NOT_APPLICABLE when nothing applies).
 */
public record RollUp(ItemRef item, VerdictValue overall, Map<VerdictValue, Integer> counts, List<String> provisions) {
  public RollUp {
    counts = Map.copyOf(counts);
    provisions = List.copyOf(provisions);
  }
}
