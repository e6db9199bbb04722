package dev.iotcop.net.proto.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iotcop.net.proto.Octets;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class HttpPropertiesTest {

  interface Decoding {
    Object run() throws HttpProtocolException;
  }

  static void decodeOrDeclared(Decoding d) {
    try {
      assertThat(d.run()).isNotNull();
    } catch (HttpProtocolException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  @Property
  void responseReaderOnlyThrowsItsException(@ForAll @Size(max = 500) byte[] bytes) {
    decodeOrDeclared(() -> new HttpResponseReader(64).read(bytes, "GET"));
  }

  @Property
  void responseReaderOnResponseShapedInput(@ForAll("responseShaped") String text, @ForAll boolean head) {
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    decodeOrDeclared(() -> new HttpResponseReader(32).read(bytes, head ? "HEAD" : "GET"));
  }

  @Property
  void bodyFramingsRoundTrip(@ForAll @Size(max = 2000) byte[] body, @ForAll @IntRange(min = 1, max = 300) int chunk,
      @ForAll @IntRange(max = 2) int framing, @ForAll @IntRange(min = 0, max = 3000) int cap) throws Exception {
    ByteArrayOutputStream wire = new ByteArrayOutputStream();
    wire.writeBytes("HTTP/1.1 200 OK\r\nX-A: 1\r\nX-A: 2\r\n".getBytes(StandardCharsets.US_ASCII));
    switch (framing) {
      case 0 -> {
        wire.writeBytes(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        wire.writeBytes(body);
      }
      case 1 -> {
        wire.writeBytes("Transfer-Encoding: chunked\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < body.length; i += chunk) {
          int n = Math.min(chunk, body.length - i);
          wire.writeBytes((Integer.toHexString(n) + ";ext=1\r\n").getBytes(StandardCharsets.US_ASCII));
          wire.write(body, i, n);
          wire.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        wire.writeBytes("0\r\nTrailer: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      default -> {
        wire.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        wire.writeBytes(body);
      }
    }
    HttpResponse r = new HttpResponseReader(cap).read(wire.toByteArray(), "GET");
    int kept = Math.min(cap, body.length);
    assertThat(r.body()).isEqualTo(Octets.of(body, 0, kept));
    assertThat(r.truncated()).isEqualTo(body.length > cap);
    assertThat(r.headers().all("x-a")).containsExactly("1", "2");
  }

  @Property
  void challengesRoundTrip(@ForAll("challengeLists") List<AuthChallenge> challenges) throws HttpProtocolException {
    String header = challenges.stream().map(AuthChallenge::encode).collect(Collectors.joining(", "));
    assertThat(AuthChallenge.parse(header)).isEqualTo(challenges);
  }

  @Property
  void challengeParserOnlyThrowsItsException(@ForAll("challengeShaped") String value) {
    decodeOrDeclared(() -> AuthChallenge.parse(value));
  }

  @Property
  void digestChallengeOnlyThrowsItsException(@ForAll("challengeShaped") String value) {
    decodeOrDeclared(() -> {
      for (AuthChallenge c : AuthChallenge.parse(value)) {
        DigestChallenge d = DigestChallenge.from(c);
        HttpAuthorization.digest(d, "u", "p", "GET", "/", "cn", 1);
      }
      return value;
    });
  }

  @Property
  void setCookieOnlyThrowsItsException(@ForAll @Size(max = 200) String value) {
    decodeOrDeclared(() -> SetCookie.parse(value));
  }

  @Property
  void loginFormDetectorNeverThrows(@ForAll("htmlShaped") String html) {
    List<LoginForm> forms = LoginFormDetector.detect(html);
    assertThat(forms).allMatch(f -> f.fields().stream().anyMatch(x -> x.type().equals("password")));
  }

  @Provide
  Arbitrary<String> responseShaped() {
    Arbitrary<String> line = Arbitraries.oneOf(
        Arbitraries.of("HTTP/1.1 200 OK", "HTTP/1.0 100 Continue", "HTTP/1.1 204 No Content", "Content-Length: 5",
            "Content-Length: 3, 3", "Content-Length: x", "Transfer-Encoding: chunked", "Transfer-Encoding: gzip", "",
            "5", "0", "fffffff", " folded", "X: \u0000\r"),
        Arbitraries.strings().withCharRange((char) 0, (char) 255).ofMaxLength(12));
    return line.list().ofMaxSize(12).map(l -> String.join("\r\n", l));
  }

  @Provide
  Arbitrary<List<AuthChallenge>> challengeLists() {
    Arbitrary<String> token = Arbitraries.strings().withCharRange('a', 'z').withChars('-', '_', '!', '#')
        .ofMinLength(1).ofMaxLength(10);
    Arbitrary<String> value = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(20);
    Arbitrary<Map<String, String>> params = Arbitraries.maps(token, value).ofMaxSize(5).map(LinkedHashMap::new);
    Arbitrary<String> token68 = Arbitraries.strings().withCharRange('A', 'Z').withChars('+', '/', '9')
        .ofMinLength(1).ofMaxLength(20).map(s -> s + "==");
    Arbitrary<AuthChallenge> withParams = Combinators.combine(token, params)
        .as((s, p) -> new AuthChallenge(s, p, Optional.empty()));
    Arbitrary<AuthChallenge> withToken = Combinators.combine(token, token68)
        .as((s, t) -> new AuthChallenge(s, Map.of(), Optional.of(t)));
    return Arbitraries.oneOf(withParams, withToken).list().ofMinSize(1).ofMaxSize(4);
  }

  @Provide
  Arbitrary<String> challengeShaped() {
    return Arbitraries.oneOf(
        Arbitraries.of("Digest", "Basic", "realm", "=", "\"", ",", " ", "\\", "nonce", "qop", "\"auth,auth-int\"",
            "algorithm", "SHA-256", "MD5-sess", "abc==", "\t", "opaque", "userhash", "true", "stale"),
        Arbitraries.strings().ofMaxLength(4)).list().ofMaxSize(20).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> htmlShaped() {
    return Arbitraries.oneOf(
        Arbitraries.of("<form", "</form>", "<input", " type=password", " type='text'", " name=\"u\"", ">", "<!--",
            "-->", "<script>", "</script>", "<textarea name=t>", "</textarea>", "<select name=s>", " method=post",
            " action=\"/x\"", "'", "\"", "<", "/", "&amp;"),
        Arbitraries.strings().ofMaxLength(5)).list().ofMaxSize(30).map(l -> String.join("", l));
  }
}
