package dev.iotcop.net.check.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iotcop.net.proto.Octets;
import dev.iotcop.net.proto.http.HttpHeader;
import dev.iotcop.net.proto.http.HttpHeaders;
import dev.iotcop.net.proto.http.HttpResponse;
import dev.iotcop.net.proto.http.LoginFormDetector;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class FormAnswerTest {
  private static final String FORM = "<form method=post action=/login><input name=user><input type=password name=pass></form>";

  private static HttpResponse response(int status, String body, String... headers) {
    List<HttpHeader> h = new ArrayList<>(List.of(new HttpHeader("Content-Type", "text/html")));
    for (int i = 0; i < headers.length; i += 2) {
      h.add(new HttpHeader(headers[i], headers[i + 1]));
    }
    return new HttpResponse("HTTP/1.1", status, "", new HttpHeaders(h), Octets.of(body.getBytes(StandardCharsets.UTF_8)), false);
  }

  @Test
  void refusalsAreRecognised() {
    assertThat(FormAnswer.of(response(200, "<p>Login failed</p>" + FORM), "/login.html", List.of()).rejection())
        .contains("the login form is shown again");
    assertThat(FormAnswer.of(response(302, "", "Location", "/login.html?error=1"), "/login.html", List.of()).rejection())
        .contains("redirected back to a login page");
    assertThat(FormAnswer.of(response(200, "<p>Invalid password</p>"), "/login.html", List.of()).rejection())
        .contains("an error message");
    assertThat(FormAnswer.of(response(403, "nope"), "/login.html", List.of()).rejection()).contains("HTTP 403");
    assertThat(FormAnswer.of(response(200, "<script>var failed = 0;</script><h1>Welcome</h1>"), "/login.html", List.of())
        .rejection()).as("words inside scripts are not shown to people").isEmpty();
  }

  @Test
  void successNeedsADifferentAnswerWithoutSignsOfRefusal() {
    FormAnswer refused = FormAnswer.of(response(200, "<p>Wrong user name or password</p>" + FORM), "/", List.of());
    FormAnswer in = FormAnswer.of(response(302, "", "Location", "/status.html", "Set-Cookie", "sid=abc; HttpOnly"), "/",
        List.of());
    assertThat(refused.success()).isFalse();
    assertThat(in.success()).isTrue();
    assertThat(in.newCookies()).containsExactly("sid");
    assertThat(in.sameAs(refused)).isFalse();
    assertThat(in.sameAs(FormAnswer.of(response(302, "", "Location", "/status.html", "Set-Cookie", "sid=zzz"), "/",
        List.of()))).isTrue();
    assertThat(FormAnswer.of(response(200, "Account locked for 5 minutes"), "/", List.of()).locked()).isTrue();
    assertThat(FormAnswer.of(response(429, ""), "/", List.of()).locked()).isTrue();
  }

  @Test
  @Timeout(5)
  void visibleTextIsLinearOnHostileInput() {
    String hostile = "<script>".repeat(40_000) + "<".repeat(100_000) + "<style".repeat(20_000);
    long t0 = System.nanoTime();
    FormAnswer.visible(hostile);
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(2));
    assertThat(FormAnswer.visible("a<b>c<script>x</script>d<style>y</style>e")).isEqualTo("a c d e");
  }

  @Property
  void anyBodyGivesAnAnswer(@ForAll @StringLength(max = 300) String body) {
    FormAnswer a = FormAnswer.of(response(200, body), "/", List.of());
    assertThat(a.success()).isEqualTo(a.rejection().isEmpty() && !a.locked() && !a.formShown());
  }

  @Test
  void formsAreFilledAsABrowserWould() {
    var form = LoginFormDetector.detect("""
        <form action="/cgi-bin/login" method="post"><input type=hidden name=csrf value="t0k&amp;en">
        <input name="user"><input type="password" name="pw"><input type=checkbox name=remember value=1>
        <input type=submit name=go value="Log in"><input type=submit name=other value="Other"></form>
        """).getFirst();
    assertThat(HttpFormMechanism.encode(form, new Credential("admin", "p&ss w"))).isEqualTo(
        "csrf=t0k%26en&user=admin&pw=p%26ss+w&go=Log+in");
  }

  @Test
  void passwordsInTranscriptsAreFlagged() {
    var t = new dev.iotcop.engine.evidence.Transcript("telnet", List.of(
        dev.iotcop.engine.evidence.Transcript.Line.received("login: "),
        dev.iotcop.engine.evidence.Transcript.Line.received("echo: hunter22"),
        dev.iotcop.engine.evidence.Transcript.Line.sentSecret("hunter22")));
    var scrubbed = TranscriptSecrets.scrub(t, "hunter22");
    assertThat(scrubbed.lines()).extracting(dev.iotcop.engine.evidence.Transcript.Line::secret)
        .containsExactly(false, true, true);
    assertThat(scrubbed.lines().get(1).render(false)).doesNotContain("hunter22");
    assertThat(TranscriptSecrets.scrub(t, "ab")).isEqualTo(t);
    assertThat(Optional.of(RandomCredentials.secure().next())).get().satisfies(c -> {
      assertThat(c.username()).startsWith(RandomCredentials.USER_PREFIX).hasSize(15);
      assertThat(c.password()).hasSize(20);
    });
  }
}
