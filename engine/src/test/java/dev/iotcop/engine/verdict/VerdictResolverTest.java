package dev.iotcop.engine.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iotcop.catalog.Catalog;
import dev.iotcop.catalog.ItemRef;
import dev.iotcop.engine.Confidence;
import dev.iotcop.engine.Finding;
import dev.iotcop.engine.Outcome;
import dev.iotcop.engine.Subject;
import dev.iotcop.engine.check.CheckDescriptor;
import dev.iotcop.engine.check.CheckKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerdictResolverTest {
  static final Catalog CATALOG = Catalog.load();
  static final CheckDescriptor CREDS = new CheckDescriptor("net.test.creds", CheckKind.NETWORK, List.of("5.1-1"), List.of("5.1-1-2"),
      Set.of(), Set.of(), List.of("k"));
  static final Map<String, CheckDescriptor> CHECKS = Map.of(CREDS.id(), CREDS);
  final VerdictResolver resolver = new VerdictResolver(CATALOG);

  static Finding finding(Outcome o, Confidence c) {
    return new Finding(CREDS.id(), o, List.of("5.1-1"), new Subject.Device("192.0.2.1"), "k", List.of(), List.of(), c);
  }

  Verdict verdictFor(String provision, List<Finding> findings, Declarations d) {
    return resolver.resolve("2.1.1", findings, CHECKS, d).stream().filter(v -> v.provision().equals(provision)).findFirst().orElseThrow();
  }

  @Test
  void oneVerdictPerProvisionOfTheVersion() {
    assertThat(resolver.resolve("2.1.1", List.of(), CHECKS, Declarations.NONE)).hasSize(68);
    assertThat(resolver.resolve("3.1.3", List.of(), CHECKS, Declarations.NONE)).hasSize(78);
    assertThatThrownBy(() -> resolver.resolve("9.9.9", List.of(), CHECKS, Declarations.NONE)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withoutEvidenceEveryProvisionIsNotAssessed() {
    assertThat(resolver.resolve("2.1.1", List.of(), CHECKS, Declarations.NONE))
        .allSatisfy(v -> assertThat(v.verdict()).isEqualTo(VerdictValue.NOT_ASSESSED));
  }

  @Test
  void aConfidentFailureFailsTheProvisionAndNamesTheFinding() {
    Verdict v = verdictFor("5.1-1", List.of(finding(Outcome.PASS, Confidence.HIGH), finding(Outcome.FAIL, Confidence.MEDIUM)), Declarations.NONE);
    assertThat(v.verdict()).isEqualTo(VerdictValue.FAIL);
    assertThat(v.reasons().getFirst().findings()).containsExactly("F2");
  }

  @Test
  void anUnconfirmedFailureIsInconclusiveNotFail() {
    assertThat(verdictFor("5.1-1", List.of(finding(Outcome.FAIL, Confidence.LOW)), Declarations.NONE).verdict())
        .isEqualTo(VerdictValue.INCONCLUSIVE);
  }

  @Test
  void inconclusiveEvidenceIsNeverPass() {
    assertThat(verdictFor("5.1-1", List.of(finding(Outcome.INCONCLUSIVE, Confidence.HIGH), finding(Outcome.PASS, Confidence.HIGH)),
        Declarations.NONE).verdict()).isEqualTo(VerdictValue.INCONCLUSIVE);
  }

  @Test
  void passingChecksWithoutDeclarationsLeaveTheConceptualTestOpen() {
    Verdict v = verdictFor("5.1-1", List.of(finding(Outcome.PASS, Confidence.HIGH)), Declarations.NONE);
    assertThat(v.verdict()).isEqualTo(VerdictValue.NOT_ASSESSED);
    assertThat(v.reasons()).extracting(Reason::messageKey)
        .contains(VerdictResolver.FUNCTIONAL_COVERED, VerdictResolver.CONCEPTUAL_MISSING);
  }

  @Test
  void passRequiresEveryTestCaseCovered() {
    Declarations all = new Declarations() {
      @Override
      public Optional<Boolean> conditionHolds(String conditionId) {
        return Optional.of(true);
      }

      @Override
      public boolean coversConceptualTest(String testCaseId) {
        return true;
      }
    };
    assertThat(verdictFor("5.1-1", List.of(finding(Outcome.PASS, Confidence.HIGH)), all).verdict()).isEqualTo(VerdictValue.PASS);
    assertThat(verdictFor("5.1-1", List.of(), all).verdict()).as("functional test case still uncovered").isEqualTo(VerdictValue.NOT_ASSESSED);
  }

  @Test
  void aDeclaredUnmetConditionMakesTheProvisionNotApplicable() {
    Declarations noPasswords = new Declarations() {
      @Override
      public Optional<Boolean> conditionHolds(String conditionId) {
        return conditionId.equals("1") ? Optional.of(false) : Optional.empty();
      }

      @Override
      public boolean coversConceptualTest(String testCaseId) {
        return false;
      }
    };
    assertThat(verdictFor("5.1-1", List.of(), noPasswords).verdict()).isEqualTo(VerdictValue.NOT_APPLICABLE);
    assertThat(verdictFor("5.1-1", List.of(finding(Outcome.FAIL, Confidence.HIGH)), noPasswords).verdict())
        .as("evidence of a failure outweighs a declaration").isEqualTo(VerdictValue.FAIL);
  }

  @Test
  void rollUpPerGuidelineTakesTheWorstVerdict() {
    List<Verdict> verdicts = resolver.resolve("2.1.1", List.of(finding(Outcome.FAIL, Confidence.HIGH)), CHECKS, Declarations.NONE);
    List<RollUp> perGuideline = new RollUpCalculator(CATALOG).perGuideline("2.1.1", verdicts);
    assertThat(perGuideline).hasSize(13);
    RollUp g1 = perGuideline.getFirst();
    assertThat(g1.item()).isEqualTo(ItemRef.of("cop", "1"));
    assertThat(g1.overall()).isEqualTo(VerdictValue.FAIL);
    assertThat(g1.provisions()).contains("5.1-1", "5.1-5");
    assertThat(g1.counts()).containsEntry(VerdictValue.FAIL, 1).containsEntry(VerdictValue.NOT_ASSESSED, 4);
    assertThat(perGuideline.get(1).overall()).isEqualTo(VerdictValue.NOT_ASSESSED);
  }
}
