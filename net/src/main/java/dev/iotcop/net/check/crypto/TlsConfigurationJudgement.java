package dev.iotcop.net.check.crypto;

import dev.iotcop.engine.Confidence;
import dev.iotcop.engine.Finding;
import dev.iotcop.engine.evidence.Evidence;
import dev.iotcop.engine.evidence.Observation;
import dev.iotcop.engine.evidence.TlsHandshakeSummary;
import dev.iotcop.net.proto.tls.CipherSuite;
import dev.iotcop.net.proto.tls.CipherSuiteRegistry;
import dev.iotcop.net.proto.tls.HelloOutcome;
import dev.iotcop.net.proto.tls.SuiteWeakness;
import dev.iotcop.net.proto.tls.TlsVersion;
import dev.iotcop.net.proto.tls.VersionSupport;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a {@link TlsScan} into findings. A pure function, so every rule below is tested without a network.
 *
 * <ul>
 *   <li>FAIL (high confidence) when SSLv3, TLS 1.0 or TLS 1.1 was accepted, or when a suite without encryption, with
 *       export-grade keys, without server authentication, or with RC4, DES, 3DES or MD5 was chosen; one finding per
 *       service names both. A failure stands even when other hellos went unanswered: what was accepted was seen.</li>
 *   <li>CBC suites with HMAC-SHA1 at TLS 1.2 are reported as INFO, not as a failure. The padding-oracle attacks on them
 *       are countered in maintained TLS stacks, current guidance from several national agencies still allows them, and
 *       a well-configured TLS 1.2 server often keeps one for old clients. They stay visible so a reviewer can ask for
 *       AEAD-only configurations.</li>
 *   <li>PASS only when TLS 1.2 or 1.3 and nothing older was accepted, no failing suite was chosen, and every hello got
 *       a definite answer (accepted, refused, or plainly not TLS).</li>
 *   <li>INCONCLUSIVE otherwise, with the cause: no TLS spoken, every hello refused, no answer, or some hellos left
 *       unanswered.</li>
 * </ul>
 */
final class TlsConfigurationJudgement {
  static final Set<TlsVersion> LEGACY = EnumSet.of(TlsVersion.SSL_3_0, TlsVersion.TLS_1_0, TlsVersion.TLS_1_1);
  static final Set<SuiteWeakness> NOT_FAILING = EnumSet.of(SuiteWeakness.CBC_SHA1);

  private TlsConfigurationJudgement() {}

  static List<Finding> judge(CheckFindings findings, TlsScan scan, CipherSuiteRegistry registry) {
    VersionSupport support = new VersionSupport(scan.versions());
    List<TlsVersion> accepted = support.accepted();
    if (accepted.isEmpty()) {
      List<HelloOutcome> outcomes = List.copyOf(scan.versions().values());
      HelloAnswers.Cause cause = HelloAnswers.cause(outcomes);
      return List.of(findings.inconclusive(HelloAnswers.suffix(cause), List.of(HelloAnswers.detail(cause, outcomes)),
          List.of(versionObservation(scan))));
    }
    List<TlsVersion> legacy = accepted.stream().filter(LEGACY::contains).toList();
    Set<CipherSuite> failing = new LinkedHashSet<>();
    Set<CipherSuite> informational = new LinkedHashSet<>();
    for (TlsScan.SuiteProbe p : scan.suiteProbes()) {
      p.chosen().flatMap(registry::byCode).ifPresent(s -> (fails(s) ? failing : informational).add(s));
    }
    List<String> unanswered = unanswered(scan);
    TlsHandshakeSummary summary = summary(scan, support, failing, registry);
    List<Evidence> evidence = new ArrayList<>(List.of(summary));
    if (!unanswered.isEmpty()) {
      evidence.add(Observation.of("unanswered", String.join("; ", unanswered)));
    }
    List<Finding> out = new ArrayList<>();
    if (!legacy.isEmpty() && !failing.isEmpty()) {
      out.add(findings.fail("fail.versions-and-suites", Confidence.HIGH, List.of(labels(legacy), names(failing)),
          evidence));
    } else if (!legacy.isEmpty()) {
      out.add(findings.fail("fail.versions", Confidence.HIGH, List.of(labels(legacy)), evidence));
    } else if (!failing.isEmpty()) {
      out.add(findings.fail("fail.suites", Confidence.HIGH, List.of(names(failing)), evidence));
    }
    if (out.isEmpty()) {
      if (!unanswered.isEmpty()) {
        out.add(findings.inconclusive("inconclusive.incomplete",
            List.of(Integer.toString(unanswered.size()), String.join("; ", unanswered)), evidence));
      } else {
        out.add(findings.pass("pass", List.of(labels(accepted)), evidence));
      }
    }
    if (!informational.isEmpty()) {
      out.add(findings.info("info.cbc-sha1", List.of(names(informational)),
          List.of(Observation.of("suites", names(informational), "weakness", SuiteWeakness.CBC_SHA1.name()))));
    }
    return out;
  }

  /** A suite fails when it has any weakness other than CBC with HMAC-SHA1. */
  static boolean fails(CipherSuite suite) {
    return suite.weaknesses().stream().anyMatch(w -> !NOT_FAILING.contains(w));
  }

  /** Every hello without a definite answer, as "what was asked: what happened". */
  static List<String> unanswered(TlsScan scan) {
    List<String> out = new ArrayList<>();
    scan.versions().forEach((v, o) -> {
      if (!HelloAnswers.definite(o)) {
        out.add(v.label() + ": " + o.summary());
      }
    });
    for (TlsScan.SuiteProbe p : scan.suiteProbes()) {
      if (!p.definite()) {
        out.add(p.label() + ": " + p.outcome().summary());
      }
    }
    return out;
  }

  private static TlsHandshakeSummary summary(TlsScan scan, VersionSupport support, Set<CipherSuite> failing,
      CipherSuiteRegistry registry) {
    List<String> refused = new ArrayList<>();
    scan.versions().forEach((v, o) -> {
      if (!VersionSupport.accepts(v, o) && HelloAnswers.definite(o)) {
        refused.add(v.label());
      }
    });
    Optional<TlsVersion> top = support.highestAccepted();
    String suite = top.map(v -> switch (scan.versions().get(v)) {
      case HelloOutcome.Negotiated n -> registry.name(n.cipherSuite());
      case HelloOutcome.RetryRequested r -> registry.name(r.serverHello().cipherSuite());
      default -> "";
    }).orElse("");
    return new TlsHandshakeSummary(support.accepted().stream().map(TlsVersion::label).toList(), refused,
        failing.stream().map(CipherSuite::name).toList(), top.map(TlsVersion::label).orElse(""), suite);
  }

  private static Observation versionObservation(TlsScan scan) {
    Map<String, String> values = new LinkedHashMap<>();
    scan.versions().forEach((v, o) -> values.put(v.label(), o.summary()));
    return new Observation(values);
  }

  private static String labels(List<TlsVersion> versions) {
    return String.join(", ", versions.stream().map(TlsVersion::label).toList());
  }

  private static String names(Set<CipherSuite> suites) {
    return String.join(", ", suites.stream().map(CipherSuite::name).toList());
  }
}
