package dev.iotcop.net.proto.tls;

import java.util.Optional;

/** The protocol versions a probe can offer, with their wire codes. */
public enum TlsVersion {
  SSL_3_0(0x0300, "SSLv3"),
  TLS_1_0(0x0301, "TLSv1.0"),
  TLS_1_1(0x0302, "TLSv1.1"),
  TLS_1_2(0x0303, "TLSv1.2"),
  TLS_1_3(0x0304, "TLSv1.3");

  private final int code;
  private final String label;

  TlsVersion(int code, String label) {
    this.code = code;
    this.label = label;
  }

  public int code() {
    return code;
  }

  /** The usual name, e.g. {@code TLSv1.2}. */
  public String label() {
    return label;
  }

  public static Optional<TlsVersion> fromCode(int code) {
    for (TlsVersion v : values()) {
      if (v.code == code) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /** A readable name for any version code, including ones we do not model. */
  public static String describe(int code) {
    return fromCode(code).map(TlsVersion::label).orElse(String.format("0x%04x", code));
  }
}
