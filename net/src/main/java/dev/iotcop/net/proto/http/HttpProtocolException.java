package dev.iotcop.net.proto.http;

/** The bytes or header values a server sent are not well-formed HTTP, or break one of our size limits. */
public final class HttpProtocolException extends Exception {
  public HttpProtocolException(String message) {
    super(message);
  }

  public HttpProtocolException(String message, Throwable cause) {
    super(message, cause);
  }
}
