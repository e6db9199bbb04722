package dev.iotcop.engine.run;

import dev.iotcop.catalog.Catalog;
import dev.iotcop.catalog.Standard;
import dev.iotcop.catalog.StandardKind;
import dev.iotcop.engine.Target;
import dev.iotcop.engine.check.Check;
import dev.iotcop.engine.check.CheckKind;
import dev.iotcop.engine.check.Politeness;
import dev.iotcop.engine.check.ProgressSink;
import dev.iotcop.engine.report.Report;
import dev.iotcop.engine.verdict.Declarations;
import dev.iotcop.engine.verdict.RollUp;
import dev.iotcop.engine.verdict.RollUpCalculator;
import dev.iotcop.engine.verdict.Verdict;
import dev.iotcop.engine.verdict.VerdictResolver;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The whole flow for one target: run the checks that apply to its kind, resolve a verdict per provision, roll the
 * verdicts up per Code of Practice guideline and per regime, and return the report.
 */
public final class Assessor {
  private static final Set<StandardKind> REGIMES = Set.of(StandardKind.REGULATION, StandardKind.CERTIFICATION_SCHEME);
  private final Catalog catalog;
  private final Clock clock;
  private final Report.ToolInfo tool;

  public Assessor(Catalog catalog, Clock clock, Report.ToolInfo tool) {
    this.catalog = catalog;
    this.clock = clock;
    this.tool = tool;
  }

  /** Every check on the class path, ordered by id. */
  public static List<Check> discoverChecks(ClassLoader loader) {
    List<Check> checks = new ArrayList<>();
    ServiceLoader.load(Check.class, loader).forEach(checks::add);
    checks.sort(Comparator.comparing(c -> c.descriptor().id()));
    return checks;
  }

  /** The checks that can gather evidence from a target of this kind. */
  public static List<Check> applicable(List<Check> checks, Target target) {
    Set<CheckKind> kinds = switch (target) {
      case Target.NetworkDevice d -> Set.of(CheckKind.DISCOVERY, CheckKind.NETWORK, CheckKind.DOCUMENT);
      case Target.FirmwareImage f -> Set.of(CheckKind.FIRMWARE);
      case Target.DeclarationFile f -> Set.of(CheckKind.DECLARATION);
    };
    return checks.stream().filter(c -> kinds.contains(c.descriptor().kind())).toList();
  }

  public Report assess(Target target, List<Check> checks, Politeness politeness, String version, Declarations declarations,
      ProgressSink progress) throws InterruptedException {
    if (catalog.provisions(version).isEmpty()) {
      throw new IllegalArgumentException("unknown EN 303 645 version " + version);
    }
    return report(run(target, checks, politeness, clock, progress), version, declarations);
  }

  /**
   * Runs the checks that apply to the target, without judging: no catalog is needed, so a caller may still be loading
   * it meanwhile and call {@link #report} afterwards.
   */
  public static AssessmentResult run(Target target, List<Check> checks, Politeness politeness, Clock clock,
      ProgressSink progress) throws InterruptedException {
    return new AssessmentRunner(clock).run(target, applicable(checks, target), politeness, progress);
  }

  /** Builds the report of a finished run; also used when results are re-read from a store. */
  public Report report(AssessmentResult result, String version, Declarations declarations) {
    List<Verdict> verdicts = new VerdictResolver(catalog).resolve(version, result, declarations);
    RollUpCalculator rollUps = new RollUpCalculator(catalog);
    List<RollUp> regimes = new ArrayList<>();
    for (Standard s : catalog.standards()) {
      if (REGIMES.contains(s.kind())) {
        regimes.addAll(rollUps.perItem(s.id(), version, verdicts));
      }
    }
    return new Report(tool, version, result, verdicts, rollUps.perGuideline(version, verdicts), regimes);
  }
}
