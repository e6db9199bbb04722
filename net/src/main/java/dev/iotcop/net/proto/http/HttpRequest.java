package dev.iotcop.net.proto.http;

import dev.iotcop.net.proto.Octets;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An HTTP/1.1 request. {@link #encode} adds Host, Connection: close and Content-Length when the caller did not set
 * them, so one request uses one connection.
 */
public record HttpRequest(String method, String target, List<HttpHeader> headers, Octets body) {
  public static final String USER_AGENT = "iotcop";

  public HttpRequest {
    headers = List.copyOf(headers);
    if (!HttpSyntax.isToken(method)) {
      throw new IllegalArgumentException("method is not a token");
    }
    if (target.isEmpty() || target.chars().anyMatch(c -> c <= 0x20 || c >= 0x7F)) {
      throw new IllegalArgumentException("request target must be visible ASCII without spaces");
    }
  }

  public static HttpRequest get(String target) {
    return new HttpRequest("GET", target, List.of(), Octets.empty());
  }

  public static HttpRequest head(String target) {
    return new HttpRequest("HEAD", target, List.of(), Octets.empty());
  }

  /** A POST of an application/x-www-form-urlencoded body. */
  public static HttpRequest postForm(String target, String urlEncodedBody) {
    return new HttpRequest("POST", target, List.of(new HttpHeader("Content-Type", "application/x-www-form-urlencoded")),
        Octets.of(urlEncodedBody.getBytes(StandardCharsets.US_ASCII)));
  }

  /** A copy with one more header field. */
  public HttpRequest withHeader(String name, String value) {
    List<HttpHeader> h = new ArrayList<>(headers);
    h.add(new HttpHeader(name, value));
    return new HttpRequest(method, target, h, body);
  }

  private boolean has(String name) {
    return headers.stream().anyMatch(h -> h.name().equalsIgnoreCase(name));
  }

  /** The request bytes; {@code authority} is the Host value, e.g. {@code 192.0.2.1:8080}. */
  public byte[] encode(String authority) {
    StringBuilder head = new StringBuilder().append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
    if (!has("Host")) {
      head.append("Host: ").append(authority).append("\r\n");
    }
    if (!has("User-Agent")) {
      head.append("User-Agent: ").append(USER_AGENT).append("\r\n");
    }
    if (!has("Connection")) {
      head.append("Connection: close\r\n");
    }
    if (!has("Content-Length") && (!body.isEmpty() || method.equals("POST") || method.equals("PUT"))) {
      head.append("Content-Length: ").append(body.length()).append("\r\n");
    }
    for (HttpHeader h : headers) {
      head.append(h.name()).append(": ").append(h.value()).append("\r\n");
    }
    head.append("\r\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(body.toByteArray());
    return out.toByteArray();
  }
}
