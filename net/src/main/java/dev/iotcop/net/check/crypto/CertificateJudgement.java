package dev.iotcop.net.check.crypto;

import dev.iotcop.engine.Confidence;
import dev.iotcop.engine.Finding;
import dev.iotcop.engine.evidence.CertificateSummary;
import dev.iotcop.engine.evidence.Evidence;
import dev.iotcop.engine.evidence.Observation;
import dev.iotcop.net.proto.tls.CertificateEvaluator;
import dev.iotcop.net.proto.tls.CertificateFacts;
import dev.iotcop.net.proto.tls.CertificateProblem;
import dev.iotcop.net.proto.tls.ChainOutcome;
import dev.iotcop.net.proto.tls.HelloOutcome;
import dev.iotcop.net.proto.tls.VersionSupport;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Judges the leaf certificate a service presented. A pure function of what was read and the time.
 *
 * <ul>
 *   <li>Expired, key too short, or signed with a broken hash by an issuer: FAIL, high confidence. Not valid yet: FAIL,
 *       medium confidence, since the device's clock may have been wrong when it made the certificate; clients reject
 *       it all the same.</li>
 *   <li>Self-signed: INFO, not a failure. A device certificate is usually made by the device itself, and that is no
 *       weakness of its cryptography; but no generic client can authenticate the device through it, only one that
 *       pins the certificate or follows an arrangement the manufacturer declares. That is for the declarations to
 *       show, so a self-signed certificate never earns a PASS here either.</li>
 *   <li>A broken hash in a self-signature: FAIL with low confidence. Nobody relies on that signature (the certificate
 *       is trusted as a whole or not at all), so it is no attack path, only a sign of outdated tooling worth review.</li>
 *   <li>PASS only for an issued certificate with none of these problems. The chain up to a trust anchor and the host
 *       name are not judged: device names and private issuers make both meaningless from outside.</li>
 *   <li>No chain: INCONCLUSIVE with the cause (TLS not spoken, handshake refused, no answer, chain unreadable), never
 *       a certificate problem.</li>
 * </ul>
 */
final class CertificateJudgement {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

  private CertificateJudgement() {}

  static List<Finding> judge(CheckFindings findings, CertificateRead read, Instant now) {
    if (read.chain().isEmpty()) {
      List<HelloOutcome> outcomes = List.copyOf(read.hellos().values());
      HelloAnswers.Cause cause = HelloAnswers.cause(outcomes);
      return List.of(findings.inconclusive(HelloAnswers.suffix(cause), List.of(HelloAnswers.detail(cause, outcomes)),
          List.of(helloObservation(read))));
    }
    return switch (read.chain().get()) {
      case ChainOutcome.Unavailable u -> List.of(findings.inconclusive("inconclusive.chain-unreadable",
          List.of(u.reason()), List.of(helloObservation(read))));
      case ChainOutcome.Chain c -> {
        CertificateFacts facts = CertificateEvaluator.facts(c.leaf());
        List<Evidence> context = List.of(Observation.of("chainSource", c.source().name(),
            "chainLength", Integer.toString(c.certificates().size()),
            "version", new VersionSupport(read.hellos()).highestAccepted().map(v -> v.label()).orElse("")));
        yield judgeLeaf(findings, facts, CertificateEvaluator.evaluate(c.leaf(), now), context);
      }
    };
  }

  static List<Finding> judgeLeaf(CheckFindings findings, CertificateFacts facts, List<CertificateProblem> problems,
      List<Evidence> context) {
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(summary(facts, problems));
    evidence.addAll(context);
    boolean selfSigned = problems.stream().anyMatch(p -> p.kind() == CertificateProblem.Kind.SELF_SIGNED);
    List<Finding> out = new ArrayList<>();
    for (CertificateProblem p : problems) {
      switch (p.kind()) {
        case EXPIRED -> out.add(findings.fail("fail.expired", Confidence.HIGH,
            List.of(facts.subject(), DAY.format(facts.notAfter())), evidence));
        case NOT_YET_VALID -> out.add(findings.fail("fail.not-yet-valid", Confidence.MEDIUM,
            List.of(facts.subject(), DAY.format(facts.notBefore())), evidence));
        case WEAK_KEY -> out.add(findings.fail("fail.weak-key", Confidence.HIGH,
            List.of(facts.subject(), facts.keyAlgorithm(), Integer.toString(facts.keyBits())), evidence));
        case WEAK_SIGNATURE -> out.add(selfSigned
            ? findings.fail("fail.weak-self-signature", Confidence.LOW,
                List.of(facts.subject(), facts.signatureAlgorithm()), evidence)
            : findings.fail("fail.weak-signature", Confidence.HIGH,
                List.of(facts.subject(), facts.signatureAlgorithm()), evidence));
        case SELF_SIGNED -> out.add(findings.info("info.self-signed", List.of(facts.subject()), evidence));
      }
    }
    if (problems.isEmpty()) {
      out.add(findings.pass("pass", List.of(facts.subject(), DAY.format(facts.notAfter()), facts.keyAlgorithm(),
          Integer.toString(facts.keyBits()), facts.signatureAlgorithm()), evidence));
    }
    return out;
  }

  static CertificateSummary summary(CertificateFacts f, List<CertificateProblem> problems) {
    return new CertificateSummary(f.subject(), f.issuer(), f.notBefore(), f.notAfter(), f.selfSigned(), f.keyAlgorithm(),
        f.keyBits(), f.signatureAlgorithm(), f.sha256Fingerprint(), problems.stream().map(CertificateProblem::toString).toList());
  }

  private static Observation helloObservation(CertificateRead read) {
    Map<String, String> values = new LinkedHashMap<>();
    read.hellos().forEach((v, o) -> values.put(v.label(), o.summary()));
    return new Observation(values);
  }
}
