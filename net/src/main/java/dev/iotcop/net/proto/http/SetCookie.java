package dev.iotcop.net.proto.http;

import java.util.Locale;
import java.util.Optional;

/** One Set-Cookie field (RFC 6265): the cookie and the attributes that matter when judging it. */
public record SetCookie(
    String name,
    String value,
    Optional<String> domain,
    Optional<String> path,
    Optional<String> expires,
    Optional<Long> maxAge,
    boolean secure,
    boolean httpOnly,
    Optional<String> sameSite) {

  static final int MAX_LENGTH = 8192;

  public static SetCookie parse(String header) throws HttpProtocolException {
    if (header.length() > MAX_LENGTH) {
      throw new HttpProtocolException("Set-Cookie longer than " + MAX_LENGTH);
    }
    String[] parts = header.split(";", -1);
    int eq = parts[0].indexOf('=');
    if (eq < 0) {
      throw new HttpProtocolException("Set-Cookie without name=value");
    }
    String name = parts[0].substring(0, eq).strip();
    if (name.isEmpty()) {
      throw new HttpProtocolException("Set-Cookie with an empty name");
    }
    String value = parts[0].substring(eq + 1).strip();
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      value = value.substring(1, value.length() - 1);
    }
    Optional<String> domain = Optional.empty();
    Optional<String> path = Optional.empty();
    Optional<String> expires = Optional.empty();
    Optional<Long> maxAge = Optional.empty();
    Optional<String> sameSite = Optional.empty();
    boolean secure = false;
    boolean httpOnly = false;
    for (int i = 1; i < parts.length; i++) {
      String attr = parts[i].strip();
      int aeq = attr.indexOf('=');
      String key = (aeq < 0 ? attr : attr.substring(0, aeq)).strip().toLowerCase(Locale.ROOT);
      String val = aeq < 0 ? "" : attr.substring(aeq + 1).strip();
      switch (key) {
        case "domain" -> domain = Optional.of(val).filter(v -> !v.isEmpty());
        case "path" -> path = Optional.of(val).filter(v -> !v.isEmpty());
        case "expires" -> expires = Optional.of(val).filter(v -> !v.isEmpty());
        case "max-age" -> maxAge = parseMaxAge(val);
        case "secure" -> secure = true;
        case "httponly" -> httpOnly = true;
        case "samesite" -> sameSite = Optional.of(val).filter(v -> !v.isEmpty());
        default -> { }
      }
    }
    return new SetCookie(name, value, domain, path, expires, maxAge, secure, httpOnly, sameSite);
  }

  private static Optional<Long> parseMaxAge(String v) {
    if (v.matches("-?[0-9]{1,18}")) {
      return Optional.of(Long.parseLong(v));
    }
    return Optional.empty();
  }
}
