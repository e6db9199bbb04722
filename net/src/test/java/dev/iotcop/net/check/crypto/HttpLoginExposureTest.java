package dev.iotcop.net.check.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iotcop.engine.Confidence;
import dev.iotcop.net.proto.Octets;
import dev.iotcop.net.proto.http.HttpHeader;
import dev.iotcop.net.proto.http.HttpHeaders;
import dev.iotcop.net.proto.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class HttpLoginExposureTest {
  private static final HttpLoginExposure.Origin ORIGIN = new HttpLoginExposure.Origin("192.0.2.7", 8080);
  private static final String PAGE = "http://192.0.2.7:8080/";

  private static HttpResponse response(int status, String body, String... headers) {
    List<HttpHeader> h = new ArrayList<>();
    for (int i = 0; i < headers.length; i += 2) {
      h.add(new HttpHeader(headers[i], headers[i + 1]));
    }
    return new HttpResponse("HTTP/1.1", status, "", new HttpHeaders(h),
        Octets.of(body.getBytes(StandardCharsets.UTF_8)), false);
  }

  private static Optional<Exposure> login(HttpResponse r) {
    return HttpLoginExposure.loginIn(PAGE + "admin/", r, HttpLoginExposure.exchange(PAGE + "admin/", r));
  }

  @Test
  void challengesInClearAreJudgedByScheme() {
    assertThat(login(response(401, "", "WWW-Authenticate", "Basic realm=\"HC2040\"")))
        .get().isInstanceOfSatisfying(Exposure.CredentialsInClear.class, c -> {
          assertThat(c.suffix()).isEqualTo("fail.http-basic");
          assertThat(c.confidence()).isEqualTo(Confidence.HIGH);
          assertThat(c.args()).containsExactly("http://192.0.2.7:8080/admin/", "HC2040");
        });
    assertThat(login(response(401, "", "WWW-Authenticate", "Digest realm=\"cam\", nonce=\"abc\", qop=\"auth\"")))
        .get().isInstanceOfSatisfying(Exposure.CredentialsInClear.class, c -> {
          assertThat(c.suffix()).isEqualTo("fail.http-digest");
          assertThat(c.confidence()).isEqualTo(Confidence.MEDIUM);
          assertThat(c.args()).containsExactly("http://192.0.2.7:8080/admin/", "cam", "MD5");
        });
    assertThat(login(response(401, "", "WWW-Authenticate", "Digest realm=\"x\", nonce=\"n\"",
        "WWW-Authenticate", "Basic realm=\"x\""))).get()
        .isInstanceOfSatisfying(Exposure.CredentialsInClear.class, c -> assertThat(c.suffix()).isEqualTo("fail.http-basic"));
    assertThat(login(response(401, "", "WWW-Authenticate", "Bearer"))).get()
        .isInstanceOfSatisfying(Exposure.CredentialsInClear.class, c -> {
          assertThat(c.suffix()).isEqualTo("fail.http-other");
          assertThat(c.confidence()).isEqualTo(Confidence.LOW);
        });
  }

  @Test
  void passwordFormsOnClearPages() {
    String form = "<html><form method=post action=\"/cgi-bin/login.cgi\"><input name=user>"
        + "<input type=password name=pass></form></html>";
    assertThat(login(response(200, form, "Content-Type", "text/html"))).get()
        .isInstanceOfSatisfying(Exposure.CredentialsInClear.class, c -> {
          assertThat(c.suffix()).isEqualTo("fail.http-form");
          assertThat(c.args()).containsExactly("http://192.0.2.7:8080/admin/", "http://192.0.2.7:8080/cgi-bin/login.cgi");
        });
    String tlsForm = "<form action='https://192.0.2.7/login'><input type='password' name='p'></form>";
    assertThat(login(response(200, tlsForm))).get()
        .isInstanceOfSatisfying(Exposure.CredentialsInClear.class, c -> {
          assertThat(c.suffix()).isEqualTo("fail.http-form-tls-action");
          assertThat(c.confidence()).isEqualTo(Confidence.MEDIUM);
        });
    assertThat(login(response(200, "<html><a href=/admin/>Administration</a></html>"))).isEmpty();
    assertThat(login(response(404, form))).isEmpty();
    assertThat(login(response(301, "", "Location", "https://192.0.2.7/"))).isEmpty();
  }

  @Test
  void linksStayOnTheSamePlainService() {
    String html = "<a href=\"/admin/\">a</a> <a href='setup.html'>s</a> <a href=http://192.0.2.7:8080/cfg?x=1#top>c</a>"
        + "<a href=\"https://192.0.2.7:8080/secure\">t</a><a href=\"http://example.com/\">e</a>"
        + "<a href=\"//192.0.2.8:8080/x\">o</a><a href=\"mailto:a@b\">m</a><a href=\"#frag\">f</a>"
        + "<a href=\"/admin/\">again</a><a href=\"javascript:void(0)\">j</a>";
    assertThat(HttpLoginExposure.links(ORIGIN, PAGE + "index.html", html))
        .containsExactly("/admin/", "/setup.html", "/cfg?x=1");
  }

  @Test
  void aNetworkPathWithAnEmptyAuthorityIsNotALinkToThisService() {
    // regression: "///" and "//#b" were read as the path "/" on this host
    assertThat(ORIGIN.samePath(PAGE, "///")).isEmpty();
    assertThat(ORIGIN.samePath(PAGE, "//#b")).isEmpty();
    assertThat(ORIGIN.samePath(PAGE, "///admin")).isEmpty();
    assertThat(ORIGIN.samePath(PAGE, "//192.0.2.7:8080/admin")).contains("/admin");
  }

  @Provide
  Arbitrary<String> references() {
    Arbitrary<String> hosts = Arbitraries.of("192.0.2.7", "192.0.2.8", "example.com", "[::1]", "");
    Arbitrary<String> schemes = Arbitraries.of("http://", "https://", "ftp://", "//", "", "javascript:");
    Arbitrary<String> ports = Arbitraries.of("", ":8080", ":80", ":443", ":x");
    Arbitrary<String> paths = Arbitraries.strings().withChars("/ab.?=#%é \"<").ofMaxLength(12);
    return net.jqwik.api.Combinators.combine(schemes, hosts, ports, paths).as((s, h, p, q) -> s + h + p + q);
  }

  @Property(tries = 500)
  void aLinkFollowedIsAlwaysAPlainRequestTargetOnThisService(@ForAll("references") String reference) {
    Optional<String> target = ORIGIN.samePath(PAGE, reference);
    target.ifPresent(t -> {
      assertThat(t).startsWith("/");
      assertThat(t.chars()).allMatch(c -> c > 0x20 && c < 0x7F);
      assertThat(HttpLoginExposure.resolve(PAGE, reference)).get().asString()
          .startsWith("http://192.0.2.7:8080");
    });
    boolean absolute = reference.matches("^[a-z]+:.*") || reference.startsWith("//");
    boolean thisService = reference.startsWith("http://192.0.2.7:8080") || reference.startsWith("//192.0.2.7:8080");
    if (absolute && !thisService) {
      assertThat(target).as("a link to another scheme, host or port").isEmpty();
    }
  }
}
