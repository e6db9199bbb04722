package dev.iotcop.engine.verdict;

import dev.iotcop.catalog.Catalog;
import dev.iotcop.catalog.Guideline;
import dev.iotcop.catalog.ItemRef;
import dev.iotcop.catalog.ReferenceItem;
import dev.iotcop.catalog.Relation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Rolls provision verdicts up to the items of other standards through the catalog's relations. */
public final class RollUpCalculator {
  private final Catalog catalog;

  public RollUpCalculator(Catalog catalog) {
    this.catalog = catalog;
  }

  /** One roll-up per Code of Practice guideline. */
  public List<RollUp> perGuideline(String version, List<Verdict> verdicts) {
    List<RollUp> out = new ArrayList<>();
    for (Guideline g : catalog.guidelines()) {
      out.add(rollUp(g.ref(), version, verdicts));
    }
    return out;
  }

  /** One roll-up per item of a reference standard (e.g. {@code psti}) that relates to EN 303 645 provisions. */
  public List<RollUp> perItem(String standard, String version, List<Verdict> verdicts) {
    List<RollUp> out = new ArrayList<>();
    for (ReferenceItem item : catalog.items(standard)) {
      RollUp r = rollUp(item.ref(), version, verdicts);
      if (!r.provisions().isEmpty()) {
        out.add(r);
      }
    }
    return out;
  }

  public RollUp rollUp(ItemRef item, String version, List<Verdict> verdicts) {
    Map<String, Verdict> byProvision = verdicts.stream().collect(Collectors.toMap(Verdict::provision, Function.identity()));
    Set<String> provisions = new LinkedHashSet<>();
    for (Relation r : catalog.relationsOf(item)) {
      ItemRef to = r.to();
      if (to.standard().equals(Catalog.EN303645) && to.version().equals(version) && byProvision.containsKey(to.id())) {
        provisions.add(to.id());
      }
    }
    Map<VerdictValue, Integer> counts = new EnumMap<>(VerdictValue.class);
    for (String p : provisions) {
      counts.merge(byProvision.get(p).verdict(), 1, Integer::sum);
    }
    return new RollUp(item, overall(counts), counts, List.copyOf(provisions));
  }

  static VerdictValue overall(Map<VerdictValue, Integer> counts) {
    for (VerdictValue v : List.of(VerdictValue.FAIL, VerdictValue.INCONCLUSIVE, VerdictValue.NOT_ASSESSED, VerdictValue.PASS)) {
      if (counts.getOrDefault(v, 0) > 0) {
        return v;
      }
    }
    return counts.getOrDefault(VerdictValue.NOT_APPLICABLE, 0) > 0 ? VerdictValue.NOT_APPLICABLE : VerdictValue.NOT_ASSESSED;
  }
}
