package dev.iotcop.catalog.ics;

import dev.iotcop.catalog.Catalog;
import dev.iotcop.catalog.Condition;
import dev.iotcop.catalog.IxitSection;
import dev.iotcop.catalog.Provision;
import dev.iotcop.catalog.RequirementLevel;
import dev.iotcop.catalog.TestCase;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape of the Implementation Conformance Statement (EN 303 645 Annex B, read by the conceptual test cases
 * of TS 103 701) for one version: one row per provision with Reference, Status, Support and Detail, the
 * conditions the statuses refer to, and the IXIT sections that carry the manufacturer's extra information.
 *
 * <p>Admissible answers follow from the status: every provision can be supported (Y) or not (N); only a
 * conditional one can be not applicable (N/A), and then the Detail must say which condition does not hold. A
 * recommendation answered N needs a justification in Detail, which is what lets a verdict treat it as not
 * applicable rather than failed.
 */
public record IcsStructure(String version, List<IcsRow> rows, List<Condition> conditions, List<IxitSection> ixitSections) {
  public IcsStructure {
    rows = List.copyOf(rows);
    conditions = List.copyOf(conditions);
    ixitSections = List.copyOf(ixitSections);
  }

  public static IcsStructure of(Catalog catalog, String version) {
    List<Provision> provisions = catalog.provisions(version);
    if (provisions.isEmpty()) {
      throw new IllegalArgumentException("no EN 303 645 provisions for version " + version);
    }
    List<IcsRow> rows = provisions.stream().map(p -> row(catalog, p)).toList();
    List<IxitSection> ixit = Catalog.TS103701_TARGET_VERSION.equals(version) ? catalog.ixitSections() : List.of();
    return new IcsStructure(version, rows, catalog.conditions(version), ixit);
  }

  private static IcsRow row(Catalog catalog, Provision p) {
    boolean conditional = p.status().isConditional();
    List<IcsSupport> allowed = conditional
        ? List.of(IcsSupport.Y, IcsSupport.N, IcsSupport.NOT_APPLICABLE)
        : List.of(IcsSupport.Y, IcsSupport.N);
    List<IcsSupport> detailRequired = new ArrayList<>();
    if (p.status().level() == RequirementLevel.RECOMMENDED) {
      detailRequired.add(IcsSupport.N);
    }
    if (conditional) {
      detailRequired.add(IcsSupport.NOT_APPLICABLE);
    }
    List<String> tests = catalog.testCasesFor(p.version(), p.id()).stream().map(TestCase::id).toList();
    return new IcsRow(p.id(), p.clause(), p.status().notation(), p.provisional(), p.status().allConditionIds(), allowed,
        detailRequired, tests);
  }
}
