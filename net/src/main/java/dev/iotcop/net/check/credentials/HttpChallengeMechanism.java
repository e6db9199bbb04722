package dev.iotcop.net.check.credentials;

import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.net.proto.http.AuthChallenge;
import dev.iotcop.net.proto.http.DigestChallenge;
import dev.iotcop.net.proto.http.HttpAuthorization;
import dev.iotcop.net.proto.http.HttpProtocolException;
import dev.iotcop.net.proto.http.HttpRequest;
import dev.iotcop.net.proto.http.HttpResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * HTTP Basic or Digest authentication of one resource: each attempt is one GET with an Authorization header. For Digest
 * the nonce comes from the latest challenge the server sent (a fresh unauthenticated GET when there is none), and each
 * nonce is used once.
 */
final class HttpChallengeMechanism implements LoginMechanism {
  static final String BASIC = "http-basic";
  static final String DIGEST = "http-digest";
  private static final Pattern LOCKED = Pattern.compile("locked|too many|try again later|temporarily (?:disabled|blocked)",
      Pattern.CASE_INSENSITIVE);

  private final WebEndpoint web;
  private final String path;
  private final boolean digest;
  private final SecureRandom random = new SecureRandom();
  private Optional<DigestChallenge> challenge = Optional.empty();

  HttpChallengeMechanism(WebEndpoint web, String path, boolean digest) {
    this.web = web;
    this.path = path;
    this.digest = digest;
  }

  @Override
  public String name() {
    return digest ? DIGEST : BASIC;
  }

  @Override
  public String location() {
    return path;
  }

  @Override
  public LoginTrial attempt(CheckContext ctx, Credential credential) throws InterruptedException {
    ctx.deadline().check();
    if (!digest && credential.username().contains(":")) {
      return LoginTrial.of(LoginTrial.Result.UNDETERMINED, "a user name with ':' cannot be sent with Basic", List.of(),
          Duration.ZERO);
    }
    HttpResponse response;
    long start;
    try {
      String authorization;
      if (digest) {
        if (challenge.isEmpty()) {
          challenge = digestChallenge(web.send(ctx, HttpRequest.get(path)));
          if (challenge.isEmpty()) {
            return LoginTrial.of(LoginTrial.Result.UNDETERMINED, "no Digest challenge at " + path, List.of(), Duration.ZERO);
          }
        }
        byte[] cnonceBytes = new byte[8];
        random.nextBytes(cnonceBytes);
        String cnonce = HexFormat.of().formatHex(cnonceBytes);
        authorization = HttpAuthorization.digest(challenge.get(), credential.username(), credential.password(), "GET", path,
            cnonce, 1);
        challenge = Optional.empty();
      } else {
        authorization = HttpAuthorization.basic(credential.username(), credential.password());
      }
      start = System.nanoTime();
      response = web.send(ctx, HttpRequest.get(path).withHeader("Authorization", authorization));
    } catch (IOException e) {
      return LoginTrial.unreachable(e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (HttpProtocolException e) {
      return LoginTrial.of(LoginTrial.Result.UNDETERMINED, "malformed answer: " + e.getMessage(), List.of(), Duration.ZERO);
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    if (digest) {
      challenge = digestChallenge(response);
    }
    String detail = "HTTP " + response.status() + " to GET " + path + " with " + (digest ? "Digest" : "Basic") + " credentials";
    return LoginTrial.of(classify(response), detail, List.of(web.exchange("GET", path, response, credential.password())),
        elapsed);
  }

  static LoginTrial.Result classify(HttpResponse r) {
    int status = r.status();
    if (status == 429 || status == 503) {
      return LoginTrial.Result.LOCKED;
    }
    if (status == 401 || status == 403) {
      String body = r.bodyText();
      return LOCKED.matcher(body.length() > 8192 ? body.substring(0, 8192) : body).find()
          ? LoginTrial.Result.LOCKED : LoginTrial.Result.REJECTED;
    }
    if (status / 100 == 2) {
      return LoginTrial.Result.ACCEPTED;
    }
    return LoginTrial.Result.UNDETERMINED;
  }

  private static Optional<DigestChallenge> digestChallenge(HttpResponse r) {
    for (AuthChallenge c : r.challenges()) {
      if (c.isScheme("Digest")) {
        try {
          return Optional.of(DigestChallenge.from(c));
        } catch (HttpProtocolException unusable) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }
}
