package dev.iotcop.net.proto.tls;

/** A TLS alert: level (1 warning, 2 fatal) and description code. */
public record TlsAlert(int level, int description) {
  public static final int WARNING = 1;
  public static final int FATAL = 2;

  public TlsAlert {
    if (level < 0 || level > 0xFF || description < 0 || description > 0xFF) {
      throw new IllegalArgumentException("alert field out of range");
    }
  }

  public static TlsAlert decode(byte[] fragment) throws TlsProtocolException {
    if (fragment.length != 2) {
      throw new TlsProtocolException("alert must be 2 bytes, got " + fragment.length);
    }
    return new TlsAlert(fragment[0] & 0xFF, fragment[1] & 0xFF);
  }

  public byte[] encode() {
    return new byte[] {(byte) level, (byte) description};
  }

  public boolean fatal() {
    return level == FATAL;
  }

  /** The registered name of the description, e.g. {@code handshake_failure}, or its number. */
  public String descriptionName() {
    return switch (description) {
      case 0 -> "close_notify";
      case 10 -> "unexpected_message";
      case 20 -> "bad_record_mac";
      case 21 -> "decryption_failed";
      case 22 -> "record_overflow";
      case 30 -> "decompression_failure";
      case 40 -> "handshake_failure";
      case 41 -> "no_certificate";
      case 42 -> "bad_certificate";
      case 43 -> "unsupported_certificate";
      case 44 -> "certificate_revoked";
      case 45 -> "certificate_expired";
      case 46 -> "certificate_unknown";
      case 47 -> "illegal_parameter";
      case 48 -> "unknown_ca";
      case 49 -> "access_denied";
      case 50 -> "decode_error";
      case 51 -> "decrypt_error";
      case 60 -> "export_restriction";
      case 70 -> "protocol_version";
      case 71 -> "insufficient_security";
      case 80 -> "internal_error";
      case 86 -> "inappropriate_fallback";
      case 90 -> "user_canceled";
      case 100 -> "no_renegotiation";
      case 109 -> "missing_extension";
      case 110 -> "unsupported_extension";
      case 112 -> "unrecognized_name";
      case 116 -> "certificate_required";
      case 120 -> "no_application_protocol";
      default -> "alert_" + description;
    };
  }

  @Override
  public String toString() {
    return (fatal() ? "fatal " : level == WARNING ? "warning " : "level " + level + " ") + descriptionName();
  }
}
