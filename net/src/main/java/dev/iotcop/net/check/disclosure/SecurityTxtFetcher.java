package dev.iotcop.net.check.disclosure;

import dev.iotcop.engine.check.Deadline;
import dev.iotcop.engine.evidence.HttpExchange;
import dev.iotcop.net.proto.http.HttpProtocolException;
import dev.iotcop.net.proto.http.HttpRequest;
import dev.iotcop.net.proto.http.HttpResponse;
import dev.iotcop.net.proto.http.HttpResponseReader;
import dev.iotcop.net.proto.http.SocketHttpClient;
import dev.iotcop.net.proto.securitytxt.SecurityTxtLocation;
import dev.iotcop.net.proto.securitytxt.SecurityTxtParser;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;

/**
 * Fetches security.txt from one origin: {@code /.well-known/security.txt}, then the legacy {@code /security.txt}.
 * Redirects are followed only within the same host and scheme, at most {@link #MAX_REDIRECTS} times; a page of HTML
 * where the file should be counts as no file (sites often answer any path with their start page).
 */
final class SecurityTxtFetcher {
  static final int MAX_REDIRECTS = 3;

  /** What one origin gave. */
  sealed interface Result {
    List<HttpExchange> exchanges();
  }

  record Found(URI url, byte[] body, List<HttpExchange> exchanges) implements Result {}

  /** Neither location had a file: each answered 404, 410 or a web page. */
  record Missing(List<HttpExchange> exchanges) implements Result {}

  /** A status that says neither yes nor no (401, 403, 5xx...). */
  record Refused(URI url, int status, List<HttpExchange> exchanges) implements Result {}

  record RedirectedAway(URI url, String location, List<HttpExchange> exchanges) implements Result {}

  record Unreachable(URI url, String reason, List<HttpExchange> exchanges) implements Result {}

  /** How to open connections to a host and port. */
  @FunctionalInterface
  interface Connector {
    SocketHttpClient client(String host, int port, Optional<SSLSocketFactory> tls);
  }

  private final Connector connector;
  private final Deadline deadline;

  SecurityTxtFetcher(Connector connector, Deadline deadline) {
    this.connector = connector;
    this.deadline = deadline;
  }

  /** A connector over plain sockets with the given timeouts, for sites that are not the device under test. */
  static Connector direct(Duration connectTimeout, Duration readTimeout) {
    return (host, port, tls) -> new SocketHttpClient(
        new SocketHttpClient.Endpoint(host, port, tls, connectTimeout, readTimeout), SocketFactory.getDefault(),
        new HttpResponseReader(SecurityTxtParser.MAX_BYTES + 1));
  }

  Result fetch(URI origin, Optional<SSLSocketFactory> tls) throws InterruptedException {
    List<HttpExchange> exchanges = new ArrayList<>();
    Result last = null;
    for (SecurityTxtLocation location : SecurityTxtLocation.inLookupOrder()) {
      Result r = fetchOne(origin.resolve(location.path()), tls, exchanges);
      if (!(r instanceof Missing)) {
        return r;
      }
      last = r;
    }
    return last;
  }

  private Result fetchOne(URI url, Optional<SSLSocketFactory> tls, List<HttpExchange> exchanges) throws InterruptedException {
    URI current = url;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      deadline.check();
      HttpResponse response;
      try {
        int port = current.getPort() > 0 ? current.getPort() : tls.isPresent() ? 443 : 80;
        response = connector.client(current.getHost(), port, tls).send(HttpRequest.get(target(current)));
      } catch (IOException | HttpProtocolException e) {
        return new Unreachable(current, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()),
            List.copyOf(exchanges));
      }
      exchanges.add(exchange(current, response));
      int status = response.status();
      if (status >= 300 && status < 400 && response.headers().first("Location").isPresent()) {
        String location = response.headers().first("Location").get();
        Optional<URI> next = resolve(current, location);
        if (next.isEmpty() || !sameOrigin(current, next.get())) {
          return new RedirectedAway(current, location, List.copyOf(exchanges));
        }
        current = next.get();
        continue;
      }
      if (status == 404 || status == 410) {
        return new Missing(List.copyOf(exchanges));
      }
      if (status != 200) {
        return new Refused(current, status, List.copyOf(exchanges));
      }
      if (looksLikeHtml(response)) {
        return new Missing(List.copyOf(exchanges));
      }
      return new Found(current, response.body().toByteArray(), List.copyOf(exchanges));
    }
    return new RedirectedAway(current, "more than " + MAX_REDIRECTS + " redirects", List.copyOf(exchanges));
  }

  static boolean looksLikeHtml(HttpResponse response) {
    String type = response.headers().first("Content-Type").orElse("").toLowerCase(Locale.ROOT);
    if (type.contains("html")) {
      return true;
    }
    String start = response.bodyText().stripLeading();
    String lower = start.substring(0, Math.min(start.length(), 64)).toLowerCase(Locale.ROOT);
    return lower.startsWith("<!doctype html") || lower.startsWith("<html");
  }

  private static String target(URI url) {
    String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    return url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
  }

  private static Optional<URI> resolve(URI base, String location) {
    try {
      return Optional.of(base.resolve(new URI(location.strip())));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Same scheme, same host (case-insensitive) and same port: a redirect may not take the fetch anywhere else. */
  static boolean sameOrigin(URI a, URI b) {
    return a.getScheme() != null && a.getScheme().equalsIgnoreCase(b.getScheme())
        && a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost())
        && effectivePort(a) == effectivePort(b);
  }

  private static int effectivePort(URI u) {
    return u.getPort() > 0 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
  }

  private static HttpExchange exchange(URI url, HttpResponse r) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (String name : List.of("Content-Type", "Location", "Server")) {
      r.headers().first(name).ifPresent(v -> headers.put(name, v));
    }
    String body = r.status() == 200 && !looksLikeHtml(r) ? r.bodyText() : "";
    return new HttpExchange("GET", url.toString(), r.status(), headers, body);
  }
}
