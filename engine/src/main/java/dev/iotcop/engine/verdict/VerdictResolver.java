package dev.iotcop.engine.verdict;

import dev.iotcop.catalog.Catalog;
import dev.iotcop.catalog.Provision;
import dev.iotcop.catalog.TestCase;
import dev.iotcop.engine.Finding;
import dev.iotcop.engine.Outcome;
import dev.iotcop.engine.check.CheckDescriptor;
import dev.iotcop.engine.run.AssessmentResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns findings and declarations into one verdict per provision of the chosen EN 303 645 version. Missing evidence
 * never becomes PASS: a provision passes only when every one of its test cases is covered, functional ones by
 * automated evidence without failures and conceptual ones by declarations.
 */
public final class VerdictResolver {
  public static final String FAILED = "verdict.reason.failed";
  public static final String UNCONFIRMED = "verdict.reason.unconfirmed-failure";
  public static final String INCONCLUSIVE = "verdict.reason.inconclusive";
  public static final String NOT_APPLICABLE = "verdict.reason.condition-not-met";
  public static final String FUNCTIONAL_COVERED = "verdict.reason.functional-covered";
  public static final String FUNCTIONAL_MISSING = "verdict.reason.functional-missing";
  public static final String CONCEPTUAL_COVERED = "verdict.reason.conceptual-covered";
  public static final String CONCEPTUAL_MISSING = "verdict.reason.conceptual-missing";
  public static final String NO_TEST_CASES = "verdict.reason.no-test-cases";
  public static final String NO_EVIDENCE = "verdict.reason.no-evidence";
  public static final String PASSED_CHECKS = "verdict.reason.passed-checks";

  private final Catalog catalog;

  public VerdictResolver(Catalog catalog) {
    this.catalog = catalog;
  }

  public List<Verdict> resolve(String version, AssessmentResult result, Declarations declarations) {
    return resolve(version, result.findings(), result.checks(), declarations);
  }

  public List<Verdict> resolve(String version, List<Finding> findings, Map<String, CheckDescriptor> checks, Declarations declarations) {
    if (catalog.provisions(version).isEmpty()) {
      throw new IllegalArgumentException("unknown EN 303 645 version: " + version);
    }
    List<Verdict> verdicts = new ArrayList<>();
    for (Provision p : catalog.provisions(version)) {
      verdicts.add(resolveOne(version, p, findings, checks, declarations));
    }
    return verdicts;
  }

  private Verdict resolveOne(String version, Provision p, List<Finding> findings, Map<String, CheckDescriptor> checks, Declarations declarations) {
    List<String> failing = new ArrayList<>();
    List<String> unconfirmed = new ArrayList<>();
    List<String> inconclusive = new ArrayList<>();
    List<String> passing = new ArrayList<>();
    List<Finding> passingFindings = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      if (!f.provisions().contains(p.id())) {
        continue;
      }
      String id = AssessmentResult.findingId(i);
      switch (f.outcome()) {
        case FAIL -> (f.isConfidentFailure() ? failing : unconfirmed).add(id);
        case INCONCLUSIVE -> inconclusive.add(id);
        case PASS -> {
          passing.add(id);
          passingFindings.add(f);
        }
        case INFO -> { }
      }
    }
    if (!failing.isEmpty()) {
      return new Verdict(p.id(), VerdictValue.FAIL, List.of(new Reason(FAILED, List.of(Integer.toString(failing.size())), failing)));
    }
    Optional<String> unmet = unmetCondition(p, declarations);
    if (unmet.isPresent()) {
      return new Verdict(p.id(), VerdictValue.NOT_APPLICABLE, List.of(new Reason(NOT_APPLICABLE, List.of(unmet.get()), List.of())));
    }
    if (!inconclusive.isEmpty() || !unconfirmed.isEmpty()) {
      List<Reason> reasons = new ArrayList<>();
      if (!inconclusive.isEmpty()) {
        reasons.add(new Reason(INCONCLUSIVE, List.of(Integer.toString(inconclusive.size())), inconclusive));
      }
      if (!unconfirmed.isEmpty()) {
        reasons.add(new Reason(UNCONFIRMED, List.of(Integer.toString(unconfirmed.size())), unconfirmed));
      }
      return new Verdict(p.id(), VerdictValue.INCONCLUSIVE, reasons);
    }
    return coverage(version, p, passing, passingFindings, checks, declarations);
  }

  private Verdict coverage(String version, Provision p, List<String> passing, List<Finding> passingFindings,
      Map<String, CheckDescriptor> checks, Declarations declarations) {
    List<TestCase> tests = catalog.testCasesFor(version, p.id());
    List<Reason> reasons = new ArrayList<>();
    if (tests.isEmpty()) {
      reasons.add(new Reason(NO_TEST_CASES, List.of(version), List.of()));
      if (!passing.isEmpty()) {
        reasons.add(new Reason(PASSED_CHECKS, List.of(Integer.toString(passing.size())), passing));
      }
      return new Verdict(p.id(), VerdictValue.NOT_ASSESSED, reasons);
    }
    boolean all = true;
    for (TestCase t : tests) {
      if (t.kind().isFunctional()) {
        List<String> covering = new ArrayList<>();
        for (int i = 0; i < passingFindings.size(); i++) {
          CheckDescriptor d = checks.get(passingFindings.get(i).checkId());
          if (d != null && d.testCases().contains(t.id())) {
            covering.add(passing.get(i));
          }
        }
        if (covering.isEmpty()) {
          all = false;
          reasons.add(new Reason(FUNCTIONAL_MISSING, List.of(t.id()), List.of()));
        } else {
          reasons.add(new Reason(FUNCTIONAL_COVERED, List.of(t.id()), covering));
        }
      }
      if (t.kind().isConceptual()) {
        if (declarations.coversConceptualTest(t.id())) {
          reasons.add(new Reason(CONCEPTUAL_COVERED, List.of(t.id()), List.of()));
        } else {
          all = false;
          reasons.add(new Reason(CONCEPTUAL_MISSING, List.of(t.id()), List.of()));
        }
      }
    }
    if (all) {
      return new Verdict(p.id(), VerdictValue.PASS, reasons);
    }
    if (passing.isEmpty() && reasons.stream().noneMatch(r -> r.messageKey().equals(CONCEPTUAL_COVERED))) {
      reasons.addFirst(new Reason(NO_EVIDENCE, List.of(), List.of()));
    }
    return new Verdict(p.id(), VerdictValue.NOT_ASSESSED, reasons);
  }

  /** The first condition the declarations say does not hold, if any. */
  private static Optional<String> unmetCondition(Provision p, Declarations declarations) {
    for (String c : p.status().allConditionIds()) {
      if (declarations.conditionHolds(c).filter(holds -> !holds).isPresent()) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** Outcomes that count for a provision; used by reports to explain which findings are decisive. */
  public static boolean decisive(Outcome o) {
    return o == Outcome.FAIL || o == Outcome.INCONCLUSIVE;
  }
}
