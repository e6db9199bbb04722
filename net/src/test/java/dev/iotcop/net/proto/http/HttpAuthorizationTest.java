package dev.iotcop.net.proto.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Worked examples published in RFC 7617, RFC 2617 and RFC 7616. */
class HttpAuthorizationTest {

  @Test
  void basicExampleFromRfc7617() {
    assertThat(HttpAuthorization.basic("Aladdin", "open sesame")).isEqualTo("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==");
  }

  @Test
  void md5ExampleFromRfc2617() throws Exception {
    DigestChallenge c = new DigestChallenge("testrealm@host.com", "dcd98b7102dd2f0e8b11d0f600bfb0c093",
        Optional.of("5ccc069c403ebaf9f0171e9517f40e41"), DigestAlgorithm.MD5, List.of("auth", "auth-int"), false, false);
    String header = HttpAuthorization.digest(c, "Mufasa", "Circle Of Life", "GET", "/dir/index.html", "0a4f113b", 1);
    assertThat(header).contains("response=\"6629fae49393a05397450978507c4ef1\"").contains("nc=00000001")
        .contains("qop=auth,").contains("opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"");
  }

  @Test
  void md5AndSha256ExamplesFromRfc7616() throws Exception {
    String nonce = "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v";
    String cnonce = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ";
    Optional<String> opaque = Optional.of("FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS");
    DigestChallenge md5 = new DigestChallenge("http-auth@example.org", nonce, opaque, DigestAlgorithm.MD5,
        List.of("auth", "auth-int"), false, false);
    DigestChallenge sha = new DigestChallenge("http-auth@example.org", nonce, opaque, DigestAlgorithm.SHA_256,
        List.of("auth", "auth-int"), false, false);
    assertThat(HttpAuthorization.digest(md5, "Mufasa", "Circle of Life", "GET", "/dir/index.html", cnonce, 1))
        .contains("response=\"8ca523f5e9506fed4657c9700eebdbec\"");
    assertThat(HttpAuthorization.digest(sha, "Mufasa", "Circle of Life", "GET", "/dir/index.html", cnonce, 1))
        .contains("response=\"753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1\"")
        .contains("algorithm=SHA-256");
  }

  @Test
  void sessionVariantHashesTheNoncesIntoHa1() throws Exception {
    DigestChallenge plain = new DigestChallenge("r", "n", Optional.empty(), DigestAlgorithm.MD5, List.of("auth"),
        false, false);
    DigestChallenge sess = new DigestChallenge("r", "n", Optional.empty(), DigestAlgorithm.MD5_SESS, List.of("auth"),
        false, false);
    String ha1 = HttpAuthorization.hash(DigestAlgorithm.MD5,
        HttpAuthorization.hash(DigestAlgorithm.MD5, "u:r:p") + ":n:c");
    String expected = HttpAuthorization.hash(DigestAlgorithm.MD5,
        ha1 + ":n:00000001:c:auth:" + HttpAuthorization.hash(DigestAlgorithm.MD5, "GET:/"));
    assertThat(HttpAuthorization.digest(sess, "u", "p", "GET", "/", "c", 1)).contains("response=\"" + expected + "\"")
        .contains("algorithm=MD5-sess");
    assertThat(HttpAuthorization.digest(plain, "u", "p", "GET", "/", "c", 1)).doesNotContain(expected);
  }

  @Test
  void legacyChallengeWithoutQopAndAuthIntOnly() throws Exception {
    DigestChallenge legacy = new DigestChallenge("r", "n", Optional.empty(), DigestAlgorithm.MD5, List.of(), false,
        false);
    assertThat(HttpAuthorization.digest(legacy, "u", "p", "GET", "/", "c", 1)).doesNotContain("qop").doesNotContain("nc=");
    DigestChallenge authInt = new DigestChallenge("r", "n", Optional.empty(), DigestAlgorithm.MD5, List.of("auth-int"),
        false, false);
    assertThatThrownBy(() -> HttpAuthorization.digest(authInt, "u", "p", "GET", "/", "c", 1))
        .isInstanceOf(HttpProtocolException.class);
  }

  @Test
  void challengeParsingHandlesMixedSchemesInOneField() throws Exception {
    List<AuthChallenge> list = AuthChallenge.parse(
        "Newauth realm=\"apps\", type=1, title=\"Login to \\\"apps\\\"\", Basic realm=\"simple\", Negotiate abc+/==");
    assertThat(list).hasSize(3);
    assertThat(list.get(0).params()).containsEntry("type", "1").containsEntry("title", "Login to \"apps\"");
    assertThat(list.get(1).realm()).contains("simple");
    assertThat(list.get(2).token68()).contains("abc+/==");
  }
}
