package dev.iotcop.net.proto.tls;

import java.time.Instant;

/** The facts of one certificate that the evaluator judges, ready to be put into evidence. */
public record CertificateFacts(
    String subject,
    String issuer,
    Instant notBefore,
    Instant notAfter,
    boolean selfSigned,
    String keyAlgorithm,
    int keyBits,
    String signatureAlgorithm,
    String sha256Fingerprint) {}
