package dev.iotcop.engine.evidence;

import java.util.List;

/**
 * What a TLS endpoint accepted when probed with raw ClientHellos: protocol versions accepted and refused, the cipher
 * suites it chose that are weak, and the version and suite of its preferred handshake.
 */
public record TlsHandshakeSummary(
    List<String> versionsAccepted,
    List<String> versionsRefused,
    List<String> weakSuitesAccepted,
    String preferredVersion,
    String preferredSuite) implements Evidence {

  public TlsHandshakeSummary {
    versionsAccepted = List.copyOf(versionsAccepted);
    versionsRefused = List.copyOf(versionsRefused);
    weakSuitesAccepted = List.copyOf(weakSuitesAccepted);
  }

  @Override
  public String type() {
    return "tls";
  }
}
