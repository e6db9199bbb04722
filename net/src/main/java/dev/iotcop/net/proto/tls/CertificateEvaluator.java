package dev.iotcop.net.proto.tls;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.DSAPublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Judges one certificate on its own: validity dates against a clock, self-signature, key size (RSA and DSA below 2048
 * bits, EC below 256 bits) and signature hash (MD2, MD5, SHA-1). Host name matching is deliberately not done here.
 */
public final class CertificateEvaluator {
  public static final int MIN_RSA_BITS = 2048;
  public static final int MIN_EC_BITS = 256;

  private CertificateEvaluator() {}

  public static List<CertificateProblem> evaluate(X509Certificate cert, Instant now) {
    CertificateFacts f = facts(cert);
    List<CertificateProblem> problems = new ArrayList<>();
    if (now.isAfter(f.notAfter())) {
      problems.add(new CertificateProblem(CertificateProblem.Kind.EXPIRED, "not after " + f.notAfter()));
    }
    if (now.isBefore(f.notBefore())) {
      problems.add(new CertificateProblem(CertificateProblem.Kind.NOT_YET_VALID, "not before " + f.notBefore()));
    }
    if (f.selfSigned()) {
      problems.add(new CertificateProblem(CertificateProblem.Kind.SELF_SIGNED, "issuer equals subject " + f.subject()));
    }
    int min = switch (f.keyAlgorithm()) {
      case "RSA", "DSA" -> MIN_RSA_BITS;
      case "EC" -> MIN_EC_BITS;
      default -> 0;
    };
    if (f.keyBits() > 0 && f.keyBits() < min) {
      problems.add(new CertificateProblem(CertificateProblem.Kind.WEAK_KEY,
          f.keyAlgorithm() + " " + f.keyBits() + " bits, below " + min));
    }
    if (weakSignatureHash(f.signatureAlgorithm())) {
      problems.add(new CertificateProblem(CertificateProblem.Kind.WEAK_SIGNATURE, f.signatureAlgorithm()));
    }
    return problems;
  }

  public static CertificateFacts facts(X509Certificate cert) {
    PublicKey key = cert.getPublicKey();
    return new CertificateFacts(
        cert.getSubjectX500Principal().getName(),
        cert.getIssuerX500Principal().getName(),
        cert.getNotBefore().toInstant(),
        cert.getNotAfter().toInstant(),
        selfSigned(cert),
        key.getAlgorithm(),
        keyBits(key),
        cert.getSigAlgName(),
        fingerprint(cert));
  }

  static boolean weakSignatureHash(String sigAlg) {
    String s = sigAlg.toUpperCase(Locale.ROOT).replace("-", "");
    return s.startsWith("MD2") || s.startsWith("MD5") || s.startsWith("SHA1WITH") || s.equals("SHA1")
        || s.contains("WITHSHA1") || s.startsWith("1.2.840.113549.1.1.5") || s.startsWith("1.2.840.113549.1.1.4");
  }

  /** Issuer equals subject and the certificate's own key verifies its signature. */
  static boolean selfSigned(X509Certificate cert) {
    if (!cert.getIssuerX500Principal().equals(cert.getSubjectX500Principal())) {
      return false;
    }
    try {
      cert.verify(cert.getPublicKey());
      return true;
    } catch (GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }

  static int keyBits(PublicKey key) {
    return switch (key) {
      case RSAPublicKey rsa -> rsa.getModulus().bitLength();
      case ECPublicKey ec -> ec.getParams().getOrder().bitLength();
      case DSAPublicKey dsa -> dsa.getParams() == null ? 0 : dsa.getParams().getP().bitLength();
      case EdECPublicKey ed -> "Ed448".equalsIgnoreCase(ed.getParams().getName()) ? 456 : 256;
      default -> 0;
    };
  }

  static String fingerprint(X509Certificate cert) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(cert.getEncoded()));
    } catch (GeneralSecurityException e) {
      return "";
    }
  }

}
