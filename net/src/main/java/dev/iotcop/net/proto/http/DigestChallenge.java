package dev.iotcop.net.proto.http;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A Digest challenge with its parameters typed. A challenge without an algorithm means MD5. */
public record DigestChallenge(
    String realm,
    String nonce,
    Optional<String> opaque,
    DigestAlgorithm algorithm,
    List<String> qop,
    boolean stale,
    boolean userhash) {

  public DigestChallenge {
    qop = List.copyOf(qop);
  }

  /** Reads a Digest challenge; other schemes, a missing realm or nonce, or an unknown algorithm are errors. */
  public static DigestChallenge from(AuthChallenge c) throws HttpProtocolException {
    if (!c.isScheme("Digest")) {
      throw new HttpProtocolException("not a Digest challenge: " + c.scheme());
    }
    String realm = c.realm().orElseThrow(() -> new HttpProtocolException("Digest challenge without realm"));
    String nonce = c.param("nonce").orElseThrow(() -> new HttpProtocolException("Digest challenge without nonce"));
    String algorithmToken = c.param("algorithm").orElse("MD5");
    DigestAlgorithm algorithm = DigestAlgorithm.fromToken(algorithmToken)
        .orElseThrow(() -> new HttpProtocolException("unsupported Digest algorithm " + algorithmToken));
    List<String> qop = c.param("qop").map(q -> Arrays.stream(q.split(",")).map(String::strip)
        .filter(s -> !s.isEmpty()).map(s -> s.toLowerCase(Locale.ROOT)).toList()).orElse(List.of());
    return new DigestChallenge(realm, nonce, c.param("opaque"), algorithm, qop,
        c.param("stale").map("true"::equalsIgnoreCase).orElse(false),
        c.param("userhash").map("true"::equalsIgnoreCase).orElse(false));
  }
}
