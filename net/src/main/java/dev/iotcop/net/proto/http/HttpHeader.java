package dev.iotcop.net.proto.http;

/** One header field as received or to be sent. */
public record HttpHeader(String name, String value) {
  public HttpHeader {
    if (!HttpSyntax.isToken(name)) {
      throw new IllegalArgumentException("header name is not a token: " + name);
    }
    if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("header value contains CR, LF or NUL");
    }
  }
}
