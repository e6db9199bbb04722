package dev.iotcop.net.proto.tls;

/** The bytes a peer sent are not well-formed TLS, or break one of our size limits. */
public final class TlsProtocolException extends Exception {
  public TlsProtocolException(String message) {
    super(message);
  }

  public TlsProtocolException(String message, Throwable cause) {
    super(message, cause);
  }
}
