package dev.iotcop.net.proto.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/** Authorization header values for Basic (RFC 7617) and Digest (RFC 7616, qop "auth" or none). */
public final class HttpAuthorization {
  private HttpAuthorization() {}

  public static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The Digest answer to {@code challenge}. With qop "auth" offered it uses it with {@code nonceCount} and
   * {@code cnonce}; without qop it uses the RFC 2069 form. A challenge that offers only "auth-int" is refused.
   */
  public static String digest(DigestChallenge challenge, String user, String password, String method, String uri,
      String cnonce, int nonceCount) throws HttpProtocolException {
    DigestAlgorithm alg = challenge.algorithm();
    boolean useQop = challenge.qop().contains("auth");
    if (!useQop && !challenge.qop().isEmpty()) {
      throw new HttpProtocolException("server offers only qop " + challenge.qop() + ", of which we support none");
    }
    String nc = String.format(Locale.ROOT, "%08x", nonceCount);
    String ha1 = hash(alg, user + ":" + challenge.realm() + ":" + password);
    if (alg.session()) {
      ha1 = hash(alg, ha1 + ":" + challenge.nonce() + ":" + cnonce);
    }
    String ha2 = hash(alg, method + ":" + uri);
    String response = useQop
        ? hash(alg, ha1 + ":" + challenge.nonce() + ":" + nc + ":" + cnonce + ":auth:" + ha2)
        : hash(alg, ha1 + ":" + challenge.nonce() + ":" + ha2);
    String username = challenge.userhash() ? hash(alg, user + ":" + challenge.realm()) : user;
    StringBuilder b = new StringBuilder("Digest ")
        .append("username=").append(HttpSyntax.quote(username))
        .append(", realm=").append(HttpSyntax.quote(challenge.realm()))
        .append(", nonce=").append(HttpSyntax.quote(challenge.nonce()))
        .append(", uri=").append(HttpSyntax.quote(uri))
        .append(", algorithm=").append(alg.token())
        .append(", response=").append(HttpSyntax.quote(response));
    Optional<String> opaque = challenge.opaque();
    opaque.ifPresent(o -> b.append(", opaque=").append(HttpSyntax.quote(o)));
    if (useQop) {
      b.append(", qop=auth, nc=").append(nc).append(", cnonce=").append(HttpSyntax.quote(cnonce));
    }
    if (challenge.userhash()) {
      b.append(", userhash=true");
    }
    return b.toString();
  }

  static String hash(DigestAlgorithm alg, String text) {
    try {
      MessageDigest md = MessageDigest.getInstance(alg.jdkName());
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks " + alg.jdkName(), e);
    }
  }
}
