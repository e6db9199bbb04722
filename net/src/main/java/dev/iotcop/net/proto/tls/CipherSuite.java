package dev.iotcop.net.proto.tls;

import java.util.Set;

/**
 * One registered cipher suite. Code and name are the IANA registry facts; the other columns are read off the name, and
 * {@code weaknesses} is our classification.
 */
public record CipherSuite(
    int code,
    String name,
    String keyExchange,
    String authentication,
    String cipher,
    String mac,
    TlsVersion minVersion,
    Set<SuiteWeakness> weaknesses) {

  public CipherSuite {
    weaknesses = Set.copyOf(weaknesses);
  }

  public boolean weak() {
    return !weaknesses.isEmpty();
  }

  /** Signalling values (renegotiation and fallback) that are not real suites. */
  public boolean signalling() {
    return "SCSV".equals(keyExchange);
  }

  public boolean tls13() {
    return minVersion == TlsVersion.TLS_1_3;
  }

  /** Whether a server could choose this suite in a handshake of the given version. */
  public boolean usableIn(TlsVersion version) {
    if (signalling()) {
      return false;
    }
    if (version == TlsVersion.TLS_1_3) {
      return tls13();
    }
    return !tls13() && minVersion.compareTo(version) <= 0;
  }

  /** Suites that authenticate the server with a certificate, so a handshake with one carries a Certificate message. */
  public boolean certificateBased() {
    return switch (authentication) {
      case "RSA", "DSS", "ECDSA", "TLS13" -> true;
      default -> false;
    };
  }
}
