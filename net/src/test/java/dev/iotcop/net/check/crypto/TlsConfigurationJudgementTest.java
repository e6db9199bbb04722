package dev.iotcop.net.check.crypto;

import static dev.iotcop.net.check.crypto.TlsOutcomes.closed;
import static dev.iotcop.net.check.crypto.TlsOutcomes.negotiated;
import static dev.iotcop.net.check.crypto.TlsOutcomes.noAnswer;
import static dev.iotcop.net.check.crypto.TlsOutcomes.notTls;
import static dev.iotcop.net.check.crypto.TlsOutcomes.refusedWithAlert;
import static dev.iotcop.net.check.crypto.TlsOutcomes.unreachable;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iotcop.engine.Confidence;
import dev.iotcop.engine.Finding;
import dev.iotcop.engine.Outcome;
import dev.iotcop.engine.Subject;
import dev.iotcop.engine.Transport;
import dev.iotcop.engine.evidence.TlsHandshakeSummary;
import dev.iotcop.net.proto.tls.CipherSuite;
import dev.iotcop.net.proto.tls.CipherSuiteRegistry;
import dev.iotcop.net.proto.tls.HelloOutcome;
import dev.iotcop.net.proto.tls.SuiteWeakness;
import dev.iotcop.net.proto.tls.TlsVersion;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;

class TlsConfigurationJudgementTest {
  private static final CipherSuiteRegistry REGISTRY = CipherSuiteRegistry.load();
  private static final Subject.Service HTTPS = new Subject.Service("192.0.2.7", 443, Transport.TCP, "https");
  private static final CheckFindings FINDINGS = CheckFindings.of(TlsConfigurationCheck.DESCRIPTOR, HTTPS);
  private static final int AES_GCM = suite("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256");
  private static final int TLS13_AES = suite("TLS_AES_128_GCM_SHA256");
  private static final int CBC_SHA = suite("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA");
  private static final int NULL_SHA = suite("TLS_RSA_WITH_NULL_SHA");
  private static final int RC4_MD5 = suite("TLS_RSA_WITH_RC4_128_MD5");

  private static int suite(String name) {
    return REGISTRY.all().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().code();
  }

  private static Map<TlsVersion, HelloOutcome> versions(HelloOutcome ssl3, HelloOutcome tls10, HelloOutcome tls11,
      HelloOutcome tls12, HelloOutcome tls13) {
    Map<TlsVersion, HelloOutcome> m = new EnumMap<>(TlsVersion.class);
    m.put(TlsVersion.SSL_3_0, ssl3);
    m.put(TlsVersion.TLS_1_0, tls10);
    m.put(TlsVersion.TLS_1_1, tls11);
    m.put(TlsVersion.TLS_1_2, tls12);
    m.put(TlsVersion.TLS_1_3, tls13);
    return m;
  }

  private static TlsScan.SuiteProbe allWeak(TlsVersion v, HelloOutcome outcome) {
    List<Integer> offered = REGISTRY.usableIn(v).stream().filter(CipherSuite::weak).map(CipherSuite::code).toList();
    return new TlsScan.SuiteProbe(v, Optional.empty(), offered, outcome);
  }

  private static TlsScan.SuiteProbe kind(TlsVersion v, SuiteWeakness w, HelloOutcome outcome) {
    List<Integer> offered = REGISTRY.usableIn(v).stream().filter(s -> s.weaknesses().contains(w))
        .map(CipherSuite::code).toList();
    return new TlsScan.SuiteProbe(v, Optional.of(w), offered, outcome);
  }

  private static List<Finding> judge(TlsScan scan) {
    return TlsConfigurationJudgement.judge(FINDINGS, scan, REGISTRY);
  }

  private static List<String> keys(List<Finding> findings) {
    return findings.stream().map(f -> f.messageKey().substring("check.net.tls.configuration.".length())).toList();
  }

  @Test
  void modernServerWithoutWeakSuitesPasses() {
    TlsScan scan = new TlsScan(versions(closed(), refusedWithAlert(), refusedWithAlert(),
        negotiated(TlsVersion.TLS_1_2, AES_GCM), negotiated(TlsVersion.TLS_1_3, TLS13_AES)),
        List.of(allWeak(TlsVersion.TLS_1_2, refusedWithAlert())));
    List<Finding> findings = judge(scan);
    assertThat(keys(findings)).containsExactly("pass");
    assertThat(findings.getFirst().messageArgs()).containsExactly("TLSv1.2, TLSv1.3");
    TlsHandshakeSummary summary = (TlsHandshakeSummary) findings.getFirst().evidence().getFirst();
    assertThat(summary.versionsAccepted()).containsExactly("TLSv1.2", "TLSv1.3");
    assertThat(summary.versionsRefused()).containsExactly("SSLv3", "TLSv1.0", "TLSv1.1");
    assertThat(summary.preferredVersion()).isEqualTo("TLSv1.3");
    assertThat(summary.preferredSuite()).isEqualTo("TLS_AES_128_GCM_SHA256");
    assertThat(summary.weakSuitesAccepted()).isEmpty();
  }

  @Test
  void cbcWithSha1AtTls12IsInformationNotFailure() {
    TlsScan scan = new TlsScan(versions(closed(), refusedWithAlert(), refusedWithAlert(),
        negotiated(TlsVersion.TLS_1_2, AES_GCM), refusedWithAlert()),
        List.of(allWeak(TlsVersion.TLS_1_2, negotiated(TlsVersion.TLS_1_2, CBC_SHA)),
            kind(TlsVersion.TLS_1_2, SuiteWeakness.NULL_CIPHER, refusedWithAlert())));
    List<Finding> findings = judge(scan);
    assertThat(keys(findings)).containsExactly("pass", "info.cbc-sha1");
    assertThat(findings.get(1).messageArgs().getFirst()).contains("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA");
    assertThat(findings).noneMatch(f -> f.outcome() == Outcome.FAIL);
  }

  @Test
  void legacyVersionsAndWeakSuitesFailSeparatelyWithHighConfidence() {
    TlsScan scan = new TlsScan(versions(closed(), negotiated(TlsVersion.TLS_1_0, CBC_SHA),
        negotiated(TlsVersion.TLS_1_1, CBC_SHA), refusedWithAlert(), refusedWithAlert()),
        List.of(allWeak(TlsVersion.TLS_1_0, negotiated(TlsVersion.TLS_1_0, CBC_SHA)),
            kind(TlsVersion.TLS_1_0, SuiteWeakness.NULL_CIPHER, negotiated(TlsVersion.TLS_1_0, NULL_SHA)),
            kind(TlsVersion.TLS_1_0, SuiteWeakness.RC4, refusedWithAlert())));
    List<Finding> findings = judge(scan);
    assertThat(keys(findings)).containsExactly("fail.versions-and-suites", "info.cbc-sha1");
    assertThat(findings.get(0).messageArgs()).containsExactly("TLSv1.0, TLSv1.1", "TLS_RSA_WITH_NULL_SHA");
    assertThat(findings.get(0).confidence()).isEqualTo(Confidence.HIGH);
    assertThat(findings.get(0).isConfidentFailure()).isTrue();
    TlsHandshakeSummary summary = (TlsHandshakeSummary) findings.getFirst().evidence().getFirst();
    assertThat(summary.weakSuitesAccepted()).containsExactly("TLS_RSA_WITH_NULL_SHA");
  }

  @Test
  void aFailureStandsWhenOtherHellosWentUnanswered() {
    TlsScan scan = new TlsScan(versions(noAnswer(), negotiated(TlsVersion.TLS_1_0, RC4_MD5), noAnswer(),
        negotiated(TlsVersion.TLS_1_2, AES_GCM), unreachable()), List.of());
    List<Finding> findings = judge(scan);
    assertThat(keys(findings)).containsExactly("fail.versions");
    assertThat(findings.getFirst().evidence()).hasSize(2);
  }

  @Test
  void unansweredHellosWithoutAnyFailureAreInconclusiveNotPass() {
    TlsScan scan = new TlsScan(versions(closed(), noAnswer(), refusedWithAlert(),
        negotiated(TlsVersion.TLS_1_2, AES_GCM), negotiated(TlsVersion.TLS_1_3, TLS13_AES)),
        List.of(allWeak(TlsVersion.TLS_1_2, unreachable())));
    List<Finding> findings = judge(scan);
    assertThat(keys(findings)).containsExactly("inconclusive.incomplete");
    assertThat(findings.getFirst().messageArgs().getFirst()).isEqualTo("2");
    assertThat(findings.getFirst().messageArgs().get(1)).contains("TLSv1.0").contains("TLSv1.2 weak suites");
  }

  @Test
  void aServerHelloNamingASuiteNotOfferedIsNoAnswer() {
    TlsScan scan = new TlsScan(versions(closed(), closed(), closed(), negotiated(TlsVersion.TLS_1_2, AES_GCM),
        closed()), List.of(allWeak(TlsVersion.TLS_1_2, negotiated(TlsVersion.TLS_1_2, AES_GCM))));
    assertThat(keys(judge(scan))).containsExactly("inconclusive.incomplete");
  }

  @Test
  void causesOfNoAcceptedVersionAreKeptApart() {
    assertThat(keys(judge(new TlsScan(versions(notTls(), notTls(), notTls(), notTls(), notTls()), List.of()))))
        .containsExactly("inconclusive.not-tls");
    assertThat(keys(judge(new TlsScan(versions(closed(), refusedWithAlert(), refusedWithAlert(), refusedWithAlert(),
        closed()), List.of())))).containsExactly("inconclusive.refused");
    assertThat(keys(judge(new TlsScan(versions(noAnswer(), noAnswer(), unreachable(), noAnswer(), noAnswer()),
        List.of())))).containsExactly("inconclusive.no-answer");
    List<Finding> notTls = judge(new TlsScan(versions(notTls(), notTls(), notTls(), notTls(), notTls()), List.of()));
    assertThat(notTls.getFirst().messageArgs().getFirst()).startsWith("TLS not spoken");
  }

  // --- properties -------------------------------------------------------------------------------------------------

  /** One generated scan and what a reader of the rules expects from it. */
  record Case(TlsScan scan, boolean legacyAccepted, boolean failingSuite, boolean cbcOnlySuite, boolean anyUnanswered,
      boolean anyAccepted) {}

  @Provide
  Arbitrary<Case> scans() {
    Arbitrary<Integer> kinds = Arbitraries.integers().between(0, 6);
    List<CipherSuite> weak12 = REGISTRY.usableIn(TlsVersion.TLS_1_2).stream().filter(CipherSuite::weak).toList();
    Arbitrary<List<Integer>> versionKinds = kinds.list().ofSize(5);
    Arbitrary<List<Integer>> suiteKinds = Arbitraries.integers().between(0, 3).list().ofSize(9);
    Arbitrary<List<CipherSuite>> chosen = Arbitraries.of(weak12).list().ofSize(9);
    return Combinators.combine(versionKinds, suiteKinds, chosen).as((vk, sk, ch) -> build(vk, sk, ch));
  }

  private Case build(List<Integer> versionKinds, List<Integer> suiteKinds, List<CipherSuite> chosen) {
    Map<TlsVersion, HelloOutcome> versions = new EnumMap<>(TlsVersion.class);
    boolean unanswered = false;
    TlsVersion[] all = TlsVersion.values();
    for (int i = 0; i < all.length; i++) {
      TlsVersion v = all[i];
      int suite = v == TlsVersion.TLS_1_3 ? TLS13_AES : AES_GCM;
      HelloOutcome o = switch (versionKinds.get(i)) {
        case 0, 1 -> negotiated(v, suite);
        case 2 -> refusedWithAlert();
        case 3 -> closed();
        case 4 -> notTls();
        case 5 -> noAnswer();
        default -> unreachable();
      };
      unanswered |= versionKinds.get(i) >= 5;
      versions.put(v, o);
    }
    List<TlsVersion> accepted = versions.entrySet().stream().filter(e -> e.getValue() instanceof HelloOutcome.Negotiated)
        .map(Map.Entry::getKey).toList();
    boolean legacy = accepted.stream().anyMatch(TlsConfigurationJudgement.LEGACY::contains);
    List<TlsScan.SuiteProbe> probes = new ArrayList<>();
    boolean failing = false;
    boolean cbcOnly = false;
    int n = 0;
    for (TlsVersion v : accepted) {
      if (v == TlsVersion.TLS_1_3) {
        continue;
      }
      for (int j = 0; j < 2 && n < suiteKinds.size(); j++, n++) {
        CipherSuite s = chosen.get(n);
        boolean usable = s.usableIn(v);
        HelloOutcome o = switch (suiteKinds.get(n)) {
          case 0 -> usable ? negotiated(v, s.code()) : refusedWithAlert();
          case 1 -> refusedWithAlert();
          case 2 -> notTls();
          default -> noAnswer();
        };
        if (suiteKinds.get(n) == 0 && usable) {
          failing |= TlsConfigurationJudgement.fails(s);
          cbcOnly |= !TlsConfigurationJudgement.fails(s);
        }
        unanswered |= suiteKinds.get(n) == 3;
        probes.add(allWeak(v, o));
      }
    }
    return new Case(new TlsScan(versions, probes), legacy, failing, cbcOnly, unanswered, !accepted.isEmpty());
  }

  @Property(tries = 400)
  void outcomesFollowTheRules(@ForAll("scans") Case c) {
    List<Finding> findings = judge(c.scan());
    List<String> keys = keys(findings);
    boolean fails = c.legacyAccepted() || c.failingSuite();
    String expectedFailure = c.legacyAccepted() && c.failingSuite() ? "fail.versions-and-suites"
        : c.legacyAccepted() ? "fail.versions" : c.failingSuite() ? "fail.suites" : null;
    assertThat(keys.stream().filter(k -> k.startsWith("fail.")).toList())
        .isEqualTo(expectedFailure == null ? List.of() : List.of(expectedFailure));
    assertThat(keys.contains("pass")).isEqualTo(c.anyAccepted() && !fails && !c.anyUnanswered());
    assertThat(keys.contains("info.cbc-sha1")).isEqualTo(c.cbcOnlySuite());
    assertThat(keys.stream().filter(k -> k.startsWith("inconclusive")).count())
        .isEqualTo(fails || (c.anyAccepted() && !c.anyUnanswered()) ? 0L : 1L);
    assertThat(findings).allMatch(f -> f.provisions().equals(List.of("5.5-1")));
    assertThat(findings).filteredOn(f -> f.outcome() == Outcome.FAIL).allMatch(Finding::isConfidentFailure);
  }

  @Property(tries = 200)
  void aPassNeverComesWithAFailureOrAnInconclusive(@ForAll("scans") Case c) {
    List<Outcome> outcomes = judge(c.scan()).stream().map(Finding::outcome).toList();
    if (outcomes.contains(Outcome.PASS)) {
      assertThat(outcomes).doesNotContain(Outcome.FAIL, Outcome.INCONCLUSIVE);
    }
    assertThat(outcomes.stream().filter(o -> o != Outcome.INFO)).isNotEmpty();
  }
}
