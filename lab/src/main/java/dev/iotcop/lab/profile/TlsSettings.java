package dev.iotcop.lab.profile;

import java.util.List;

/**
 * TLS of a service. {@code protocols} uses OpenSSL's names (TLSv1, TLSv1.1, TLSv1.2, TLSv1.3); {@code ciphers} is an
 * OpenSSL cipher string for TLS 1.2 and older (append {@code @SECLEVEL=0} for legacy suites and keys).
 */
public record TlsSettings(List<String> protocols, String ciphers, CertificateSpec certificate) {

  private static final List<String> KNOWN = List.of("TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3");

  public TlsSettings {
    protocols = protocols == null || protocols.isEmpty() ? List.of("TLSv1.2", "TLSv1.3") : List.copyOf(protocols);
    for (String p : protocols) {
      if (!KNOWN.contains(p)) {
        throw new IllegalArgumentException("TLS protocol '" + p + "' is not one of " + KNOWN);
      }
    }
    ciphers = ciphers == null ? "HIGH:!aNULL" : ciphers;
    if (!ciphers.matches("[A-Za-z0-9@:!+=._-]+")) {
      throw new IllegalArgumentException("cipher string '" + ciphers + "' has characters OpenSSL does not use");
    }
    certificate = certificate == null ? new CertificateSpec(null, null, null, null, null, null) : certificate;
  }

  /** The oldest protocol enabled, as OpenSSL names it. */
  public String oldestProtocol() {
    return KNOWN.stream().filter(protocols::contains).findFirst().orElseThrow();
  }
}
