package dev.iotcop.net.proto.http;

import java.util.Locale;
import java.util.Optional;

/** The Digest algorithms of RFC 7616 that we compute; "-sess" variants mix the nonces into the first hash. */
public enum DigestAlgorithm {
  MD5("MD5", "MD5", false),
  MD5_SESS("MD5-sess", "MD5", true),
  SHA_256("SHA-256", "SHA-256", false),
  SHA_256_SESS("SHA-256-sess", "SHA-256", true),
  SHA_512_256("SHA-512-256", "SHA-512/256", false),
  SHA_512_256_SESS("SHA-512-256-sess", "SHA-512/256", true);

  private final String token;
  private final String jdkName;
  private final boolean session;

  DigestAlgorithm(String token, String jdkName, boolean session) {
    this.token = token;
    this.jdkName = jdkName;
    this.session = session;
  }

  /** The name as it appears in the header. */
  public String token() {
    return token;
  }

  String jdkName() {
    return jdkName;
  }

  public boolean session() {
    return session;
  }

  public static Optional<DigestAlgorithm> fromToken(String token) {
    String t = token.toUpperCase(Locale.ROOT);
    for (DigestAlgorithm a : values()) {
      if (a.token.toUpperCase(Locale.ROOT).equals(t)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
