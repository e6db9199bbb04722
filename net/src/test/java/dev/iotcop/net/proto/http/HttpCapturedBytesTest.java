package dev.iotcop.net.proto.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iotcop.net.proto.Fixtures;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** Responses captured from lighttpd 1.4.69 and nginx 1.22.1 on the loopback interface. */
class HttpCapturedBytesTest {
  private static HttpResponse read(String name, String method) throws HttpProtocolException {
    return new HttpResponseReader().read(Fixtures.bytes(HttpCapturedBytesTest.class, name), method);
  }

  @Test
  void lighttpdDigestChallengesInRepeatedHeaders() throws Exception {
    HttpResponse r = read("lighttpd-digest-401.bin", "GET");
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.headers().all("WWW-Authenticate")).hasSize(2);
    List<AuthChallenge> challenges = r.challenges();
    assertThat(challenges).hasSize(2).allMatch(c -> c.isScheme("Digest"));
    DigestChallenge sha = DigestChallenge.from(challenges.get(0));
    DigestChallenge md5 = DigestChallenge.from(challenges.get(1));
    assertThat(sha.algorithm()).isEqualTo(DigestAlgorithm.SHA_256);
    assertThat(md5.algorithm()).isEqualTo(DigestAlgorithm.MD5);
    assertThat(sha.realm()).isEqualTo("iotcop");
    assertThat(sha.qop()).containsExactly("auth");
    assertThat(sha.nonce()).isNotEmpty().isNotEqualTo(md5.nonce());
    assertThat(challenges.get(0).param("charset")).contains("UTF-8");
    assertThat(r.body().length()).isEqualTo(Integer.parseInt(r.headers().first("Content-Length").orElseThrow()));
  }

  @Test
  void basicChallengesFromBothServers() throws Exception {
    assertThat(read("lighttpd-basic-401.bin", "GET").challenges())
        .containsExactly(new AuthChallenge("Basic", java.util.Map.of("realm", "iotcop", "charset", "UTF-8"),
            Optional.empty()));
    AuthChallenge nginx = read("nginx-basic-401.bin", "GET").challenges().getFirst();
    assertThat(nginx.isScheme("basic")).isTrue();
    assertThat(nginx.realm()).contains("nginx-area");
  }

  @Test
  void nginxChunkedGzipBodyAndCookies() throws Exception {
    HttpResponse r = read("nginx-chunked-gzip-cookies.bin", "GET");
    assertThat(r.headers().first("Transfer-Encoding")).contains("chunked");
    assertThat(r.truncated()).isFalse();
    byte[] plain = new GZIPInputStream(new ByteArrayInputStream(r.body().toByteArray())).readAllBytes();
    assertThat(plain).isEqualTo(Fixtures.bytes(HttpCapturedBytesTest.class, "big.txt"));
    assertThat(r.cookies()).hasSize(2);
    SetCookie session = r.cookies().get(0);
    assertThat(session.name()).isEqualTo("session");
    assertThat(session.value()).isEqualTo("abc123");
    assertThat(session.httpOnly()).isTrue();
    assertThat(session.secure()).isFalse();
    assertThat(session.sameSite()).contains("Strict");
    assertThat(session.path()).contains("/");
    assertThat(r.cookies().get(1).maxAge()).contains(3600L);
  }

  @Test
  void chunkedBodyIsCutAtTheCap() throws Exception {
    byte[] wire = Fixtures.bytes(HttpCapturedBytesTest.class, "nginx-chunked-gzip-cookies.bin");
    HttpResponse whole = new HttpResponseReader(100).read(wire, "GET");
    assertThat(whole.body().length()).isEqualTo(100);
    assertThat(whole.truncated()).as("the captured body is exactly one chunk of 100 bytes").isFalse();
    HttpResponse cut = new HttpResponseReader(50).read(wire, "GET");
    assertThat(cut.body().toByteArray()).isEqualTo(java.util.Arrays.copyOf(whole.body().toByteArray(), 50));
    assertThat(cut.truncated()).isTrue();
  }

  @Test
  void headRequestHasNoBodyWhateverTheHeadersSay() throws Exception {
    HttpResponse r = read("lighttpd-login-page.bin", "HEAD");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body().isEmpty()).isTrue();
  }

  @Test
  void loginFormFoundInServedPage() throws Exception {
    HttpResponse r = read("lighttpd-login-page.bin", "GET");
    List<LoginForm> forms = LoginFormDetector.detect(r.bodyText());
    assertThat(forms).hasSize(1);
    LoginForm f = forms.getFirst();
    assertThat(f.action()).isEqualTo("/cgi-bin/login.cgi");
    assertThat(f.method()).isEqualTo("POST");
    assertThat(f.passwordField()).isEqualTo("passwd");
    assertThat(f.usernameField()).contains("username");
    assertThat(f.fields()).extracting(LoginForm.FormField::name).containsExactly("username", "passwd", "token", "");
    assertThat(f.fields().get(2).value()).isEqualTo("a&b");
  }

  @Test
  void malformedFramingIsRejected() {
    HttpResponseReader reader = new HttpResponseReader();
    assertThatThrownBy(() -> reader.read("HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd"
        .getBytes(java.nio.charset.StandardCharsets.US_ASCII), "GET")).isInstanceOf(HttpProtocolException.class)
        .hasMessageContaining("conflicting");
    assertThatThrownBy(() -> reader.read("SSH-2.0-OpenSSH\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
        "GET")).isInstanceOf(HttpProtocolException.class).hasMessageContaining("status line");
    assertThatThrownBy(() -> reader.read("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"
        .getBytes(java.nio.charset.StandardCharsets.US_ASCII), "GET")).isInstanceOf(HttpProtocolException.class);
  }

  @Test
  void interimResponsesAreSkipped() throws Exception {
    HttpResponse r = new HttpResponseReader().read(
        "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII), "POST");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.bodyText()).isEqualTo("hi");
  }
}
