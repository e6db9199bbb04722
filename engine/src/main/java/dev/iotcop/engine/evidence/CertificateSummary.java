package dev.iotcop.engine.evidence;

import java.time.Instant;
import java.util.List;

/** The facts of an X.509 certificate that matter for judging it, and the problems found with it. */
public record CertificateSummary(
    String subject,
    String issuer,
    Instant notBefore,
    Instant notAfter,
    boolean selfSigned,
    String keyAlgorithm,
    int keyBits,
    String signatureAlgorithm,
    String sha256Fingerprint,
    List<String> problems) implements Evidence {

  public CertificateSummary {
    problems = List.copyOf(problems);
  }

  @Override
  public String type() {
    return "certificate";
  }
}
