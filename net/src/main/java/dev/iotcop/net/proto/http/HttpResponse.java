package dev.iotcop.net.proto.http;

import dev.iotcop.net.proto.Octets;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A parsed response. {@code truncated} is true when the body was longer than the cap and only its start was kept. */
public record HttpResponse(String version, int status, String reason, HttpHeaders headers, Octets body, boolean truncated) {

  /** The body as text, in the charset the Content-Type names, else UTF-8. */
  public String bodyText() {
    Charset charset = StandardCharsets.UTF_8;
    Optional<String> cs = headers.first("Content-Type").flatMap(HttpResponse::charsetParameter);
    if (cs.isPresent()) {
      try {
        charset = Charset.forName(cs.get());
      } catch (IllegalArgumentException unknownCharset) {
        charset = StandardCharsets.UTF_8;
      }
    }
    return new String(body.toByteArray(), charset);
  }

  private static Optional<String> charsetParameter(String contentType) {
    for (String part : contentType.split(";")) {
      String p = part.trim();
      if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
        return Optional.of(p.substring(8).replace("\"", "").trim()).filter(s -> !s.isEmpty());
      }
    }
    return Optional.empty();
  }

  /** Every challenge in every WWW-Authenticate field; a field that does not parse is left out. */
  public List<AuthChallenge> challenges() {
    List<AuthChallenge> out = new ArrayList<>();
    for (String value : headers.all("WWW-Authenticate")) {
      try {
        out.addAll(AuthChallenge.parse(value));
      } catch (HttpProtocolException malformed) {
        // a broken challenge tells a check nothing it can use; the raw header is still in headers()
      }
    }
    return out;
  }

  /** Every cookie set by this response; malformed Set-Cookie fields are left out. */
  public List<SetCookie> cookies() {
    List<SetCookie> out = new ArrayList<>();
    for (String value : headers.all("Set-Cookie")) {
      try {
        out.add(SetCookie.parse(value));
      } catch (HttpProtocolException malformed) {
        // kept out of the typed list; still visible in headers()
      }
    }
    return out;
  }
}
