package dev.iotcop.report;

import dev.iotcop.engine.evidence.CertificateSummary;
import dev.iotcop.engine.evidence.CredentialEvidence;
import dev.iotcop.engine.evidence.Evidence;
import dev.iotcop.engine.evidence.FileEvidence;
import dev.iotcop.engine.evidence.HttpExchange;
import dev.iotcop.engine.evidence.Observation;
import dev.iotcop.engine.evidence.SshAlgorithms;
import dev.iotcop.engine.evidence.TlsHandshakeSummary;
import dev.iotcop.engine.evidence.Transcript;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns typed evidence into ordered fields for any report format, masking secrets unless the user asked to see them. */
public final class EvidenceFields {
  private EvidenceFields() {}

  public static Map<String, Object> of(Evidence e, boolean showSecrets) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", e.type());
    switch (e) {
      case Transcript t -> {
        m.put("protocol", t.protocol());
        m.put("lines", t.lines().stream().map(l -> Map.of("direction", l.direction().name().toLowerCase(java.util.Locale.ROOT),
            "text", l.render(showSecrets))).toList());
      }
      case TlsHandshakeSummary t -> {
        m.put("versionsAccepted", t.versionsAccepted());
        m.put("versionsRefused", t.versionsRefused());
        m.put("weakSuitesAccepted", t.weakSuitesAccepted());
        m.put("preferredVersion", t.preferredVersion());
        m.put("preferredSuite", t.preferredSuite());
      }
      case CertificateSummary c -> {
        m.put("subject", c.subject());
        m.put("issuer", c.issuer());
        m.put("notBefore", String.valueOf(c.notBefore()));
        m.put("notAfter", String.valueOf(c.notAfter()));
        m.put("selfSigned", c.selfSigned());
        m.put("keyAlgorithm", c.keyAlgorithm());
        m.put("keyBits", c.keyBits());
        m.put("signatureAlgorithm", c.signatureAlgorithm());
        m.put("sha256", c.sha256Fingerprint());
        m.put("problems", c.problems());
      }
      case SshAlgorithms s -> {
        m.put("banner", s.banner());
        m.put("kex", s.kex());
        m.put("hostKeys", s.hostKeys());
        m.put("ciphers", s.ciphers());
        m.put("macs", s.macs());
        m.put("authMethods", s.authMethods());
        m.put("weak", s.weak());
      }
      case HttpExchange h -> {
        m.put("method", h.method());
        m.put("url", h.url());
        m.put("status", h.status());
        m.put("headers", h.headers());
        m.put("bodyExcerpt", h.bodyExcerpt());
      }
      case CredentialEvidence c -> {
        m.put("username", c.username());
        m.put("password", c.password().render(showSecrets));
        m.put("accepted", c.accepted());
        m.put("proof", c.proof());
      }
      case Observation o -> m.put("values", o.values());
      case FileEvidence f -> {
        m.put("path", f.path());
        m.put("sha256", f.sha256());
        m.put("size", f.size());
        m.put("excerpt", f.excerpt());
      }
    }
    return m;
  }

  /** A one-line rendering for text reports, at most {@value #MAX_LINE} characters. */
  public static String line(Evidence e, boolean showSecrets) {
    String line = fullLine(e, showSecrets);
    return line.length() > MAX_LINE ? line.substring(0, MAX_LINE - 1) + "…" : line;
  }

  static final int MAX_LINE = 160;

  private static String fullLine(Evidence e, boolean showSecrets) {
    return switch (e) {
      case Transcript t -> t.protocol() + ": " + String.join(" | ", t.lines().stream().limit(6)
          .map(l -> (l.direction() == Transcript.Direction.SENT ? "> " : l.direction() == Transcript.Direction.RECEIVED ? "< " : "# ")
              + l.render(showSecrets).strip().replaceAll("\\s+", " "))
          .toList());
      case TlsHandshakeSummary t -> "TLS accepted " + t.versionsAccepted() + (t.weakSuitesAccepted().isEmpty() ? "" : ", weak suites " + t.weakSuitesAccepted());
      case CertificateSummary c -> "certificate " + c.subject() + ", " + c.keyAlgorithm() + " " + c.keyBits() + ", " + c.signatureAlgorithm()
          + ", valid until " + c.notAfter() + (c.selfSigned() ? ", self-signed" : "");
      case SshAlgorithms s -> s.banner() + (s.weak().isEmpty() ? "" : ", weak: "
          + String.join(", ", s.weak().stream().map(w -> w.contains(" (") ? w.substring(0, w.indexOf(" (")) : w).toList()));
      case HttpExchange h -> h.method() + " " + h.url() + " -> " + h.status();
      case CredentialEvidence c -> c.username() + " / " + c.password().render(showSecrets) + (c.accepted() ? " accepted" : " rejected")
          + (c.proof().isBlank() ? "" : " (" + c.proof() + ")");
      case Observation o -> String.join(", ", o.values().entrySet().stream().map(x -> x.getKey() + "=" + x.getValue()).toList());
      case FileEvidence f -> f.path() + " sha256:" + f.sha256();
    };
  }

  public static List<Map<String, Object>> all(List<Evidence> evidence, boolean showSecrets) {
    return evidence.stream().map(e -> of(e, showSecrets)).toList();
  }
}
