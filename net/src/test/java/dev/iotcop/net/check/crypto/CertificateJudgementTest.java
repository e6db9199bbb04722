package dev.iotcop.net.check.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iotcop.engine.Confidence;
import dev.iotcop.engine.Finding;
import dev.iotcop.engine.Outcome;
import dev.iotcop.engine.Subject;
import dev.iotcop.engine.Transport;
import dev.iotcop.engine.evidence.CertificateSummary;
import dev.iotcop.net.proto.tls.CertificateFacts;
import dev.iotcop.net.proto.tls.CertificateProblem;
import dev.iotcop.net.proto.tls.ChainOutcome;
import dev.iotcop.net.proto.tls.HelloOutcome;
import dev.iotcop.net.proto.tls.TlsVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class CertificateJudgementTest {
  private static final Subject.Service SERVICE = new Subject.Service("192.0.2.7", 8883, Transport.TCP, "mqtts");
  private static final CheckFindings FINDINGS = CheckFindings.of(TlsCertificateCheck.DESCRIPTOR, SERVICE);
  private static final Instant NOT_BEFORE = Instant.parse("2021-03-01T00:00:00Z");
  private static final Instant NOT_AFTER = Instant.parse("2023-03-01T00:00:00Z");

  private static CertificateFacts facts(boolean selfSigned) {
    return new CertificateFacts("CN=cam.local", selfSigned ? "CN=cam.local" : "CN=Vendor CA", NOT_BEFORE, NOT_AFTER,
        selfSigned, "RSA", 1024, "SHA1withRSA", "ab".repeat(32));
  }

  private static List<Finding> judge(boolean selfSigned, CertificateProblem.Kind... kinds) {
    List<CertificateProblem> problems = new ArrayList<>();
    for (CertificateProblem.Kind k : kinds) {
      problems.add(new CertificateProblem(k, "detail"));
    }
    return CertificateJudgement.judgeLeaf(FINDINGS, facts(selfSigned), problems, List.of());
  }

  private static List<String> keys(List<Finding> findings) {
    return findings.stream().map(f -> f.messageKey().substring("check.net.tls.certificate.".length())).toList();
  }

  @Test
  void expiredWeakSelfSignedCertificateOfACheapCamera() {
    List<Finding> findings = judge(true, CertificateProblem.Kind.EXPIRED, CertificateProblem.Kind.SELF_SIGNED,
        CertificateProblem.Kind.WEAK_KEY, CertificateProblem.Kind.WEAK_SIGNATURE);
    assertThat(keys(findings)).containsExactly("fail.expired", "info.self-signed", "fail.weak-key",
        "fail.weak-self-signature");
    assertThat(findings.get(0).messageArgs()).containsExactly("CN=cam.local", "2023-03-01");
    assertThat(findings.get(2).messageArgs()).containsExactly("CN=cam.local", "RSA", "1024");
    assertThat(findings.get(3).confidence()).isEqualTo(Confidence.LOW);
    CertificateSummary summary = (CertificateSummary) findings.getFirst().evidence().getFirst();
    assertThat(summary.problems()).hasSize(4).allMatch(p -> p.startsWith("certificate problem"));
    assertThat(summary.selfSigned()).isTrue();
    assertThat(summary.keyBits()).isEqualTo(1024);
  }

  @Test
  void issuedCertificateSignedWithSha1FailsWithHighConfidence() {
    List<Finding> findings = judge(false, CertificateProblem.Kind.WEAK_SIGNATURE);
    assertThat(keys(findings)).containsExactly("fail.weak-signature");
    assertThat(findings.getFirst().isConfidentFailure()).isTrue();
    assertThat(findings.getFirst().messageArgs()).containsExactly("CN=cam.local", "SHA1withRSA");
  }

  @Test
  void selfSignedAloneIsInformationAndNeverAPass() {
    assertThat(keys(judge(true, CertificateProblem.Kind.SELF_SIGNED))).containsExactly("info.self-signed");
  }

  @Test
  void soundIssuedCertificatePasses() {
    List<Finding> findings = judge(false);
    assertThat(keys(findings)).containsExactly("pass");
    assertThat(findings.getFirst().messageArgs()).containsExactly("CN=cam.local", "2023-03-01", "RSA", "1024",
        "SHA1withRSA");
  }

  @Test
  void withoutAChainTheCauseIsReportedNeverACertificateProblem() {
    Map<TlsVersion, HelloOutcome> notTls = new LinkedHashMap<>();
    notTls.put(TlsVersion.TLS_1_2, TlsOutcomes.notTls());
    notTls.put(TlsVersion.TLS_1_3, TlsOutcomes.notTls());
    Map<TlsVersion, HelloOutcome> refused = new LinkedHashMap<>();
    refused.put(TlsVersion.TLS_1_2, TlsOutcomes.refusedWithAlert());
    refused.put(TlsVersion.TLS_1_3, TlsOutcomes.closed());
    Map<TlsVersion, HelloOutcome> silent = new LinkedHashMap<>();
    silent.put(TlsVersion.TLS_1_2, TlsOutcomes.noAnswer());
    silent.put(TlsVersion.TLS_1_3, TlsOutcomes.unreachable());
    Instant now = Instant.parse("2025-01-01T00:00:00Z");
    assertThat(keys(CertificateJudgement.judge(FINDINGS, new CertificateRead(notTls, Optional.empty()), now)))
        .containsExactly("inconclusive.not-tls");
    assertThat(keys(CertificateJudgement.judge(FINDINGS, new CertificateRead(refused, Optional.empty()), now)))
        .containsExactly("inconclusive.refused");
    assertThat(keys(CertificateJudgement.judge(FINDINGS, new CertificateRead(silent, Optional.empty()), now)))
        .containsExactly("inconclusive.no-answer");
    Map<TlsVersion, HelloOutcome> accepted = Map.of(TlsVersion.TLS_1_2,
        TlsOutcomes.negotiated(TlsVersion.TLS_1_2, 0xC02F));
    List<Finding> unreadable = CertificateJudgement.judge(FINDINGS,
        new CertificateRead(accepted, Optional.of(new ChainOutcome.Unavailable("server sent an empty certificate list"))),
        now);
    assertThat(keys(unreadable)).containsExactly("inconclusive.chain-unreadable");
    assertThat(unreadable.getFirst().messageArgs()).containsExactly("server sent an empty certificate list");
  }

  @Property(tries = 300)
  void severitiesFollowTheRules(@ForAll Set<CertificateProblem.Kind> kinds) {
    boolean selfSigned = kinds.contains(CertificateProblem.Kind.SELF_SIGNED);
    List<Finding> findings = judge(selfSigned, kinds.toArray(CertificateProblem.Kind[]::new));
    Set<CertificateProblem.Kind> confident = EnumSet.noneOf(CertificateProblem.Kind.class);
    for (CertificateProblem.Kind k : kinds) {
      if (k == CertificateProblem.Kind.EXPIRED || k == CertificateProblem.Kind.WEAK_KEY
          || k == CertificateProblem.Kind.NOT_YET_VALID
          || (k == CertificateProblem.Kind.WEAK_SIGNATURE && !selfSigned)) {
        confident.add(k);
      }
    }
    assertThat(findings.stream().filter(Finding::isConfidentFailure).count()).isEqualTo(confident.size());
    assertThat(findings.stream().anyMatch(f -> f.outcome() == Outcome.PASS)).isEqualTo(kinds.isEmpty());
    assertThat(findings.stream().filter(f -> f.outcome() == Outcome.INFO).count()).isEqualTo(selfSigned ? 1 : 0);
    assertThat(findings).hasSize(kinds.isEmpty() ? 1 : kinds.size());
    assertThat(findings).allMatch(f -> f.provisions().equals(List.of("5.5-1")));
  }
}
