package dev.iotcop.net.check.crypto;

import dev.iotcop.engine.Confidence;
import dev.iotcop.engine.Subject;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.engine.evidence.Evidence;
import dev.iotcop.engine.evidence.HttpExchange;
import dev.iotcop.engine.evidence.Observation;
import dev.iotcop.net.check.GatedSocketFactory;
import dev.iotcop.net.proto.http.AuthChallenge;
import dev.iotcop.net.proto.http.HttpProtocolException;
import dev.iotcop.net.proto.http.HttpRequest;
import dev.iotcop.net.proto.http.HttpResponse;
import dev.iotcop.net.proto.http.LoginForm;
import dev.iotcop.net.proto.http.LoginFormDetector;
import dev.iotcop.net.proto.http.SocketHttpClient;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks for a login on a plain HTTP service with a few GET requests: the home page, redirects and links on the same
 * service (those that look like administration first), then two usual paths. It stops at the first login found: an
 * authentication challenge (401) or a page with a password field. No credential is sent.
 *
 * <ul>
 *   <li>Basic authentication: the password crosses the network merely encoded. FAIL, high.</li>
 *   <li>Digest authentication: the password is not sent, but the exchange can be captured and guessed offline with
 *       the MD5-era algorithms devices use, and everything after the login is in clear. FAIL, medium.</li>
 *   <li>Any other scheme in clear: FAIL, low (what it exposes depends on the scheme).</li>
 *   <li>A login form on a clear page: FAIL, high when it posts over plain HTTP; medium when it posts to an https
 *       address, since the password then travels encrypted but the page that asks for it can be altered on the
 *       way.</li>
 * </ul>
 * Finding no login is no proof there is none: the search is short by design, so its pages are listed in the device
 * summary.
 */
final class HttpLoginExposure {
  static final int MAX_REQUESTS = 6;
  static final List<String> USUAL_PATHS = List.of("/login", "/admin/");
  private static final Pattern HREF =
      Pattern.compile("<a\\s[^>]*?href\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))", Pattern.CASE_INSENSITIVE);
  private static final Pattern ADMIN_LIKE = Pattern.compile(
      "admin|login|logon|signin|sign-in|auth|setup|config|setting|manage|account|system|cgi|user|password|security",
      Pattern.CASE_INSENSITIVE);
  private static final int MAX_LINKS_READ = 200;

  private HttpLoginExposure() {}

  static Exposure examine(CheckContext ctx, Subject.Service service) throws InterruptedException {
    SocketHttpClient client = new SocketHttpClient(new SocketHttpClient.Endpoint(service.address(), service.port(),
        Optional.empty(), ctx.deadline().cap(ctx.politeness().connectTimeout()),
        ctx.deadline().cap(ctx.politeness().readTimeout())), new GatedSocketFactory(ctx.gate(), service));
    Origin origin = new Origin(service.address(), service.port());
    List<String> queue = new ArrayList<>(List.of("/"));
    Set<String> asked = new LinkedHashSet<>();
    List<Evidence> exchanges = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    String lastError = "";
    boolean usualAdded = false;
    while (asked.size() < MAX_REQUESTS) {
      if (queue.isEmpty()) {
        if (usualAdded) {
          break;
        }
        queue.addAll(USUAL_PATHS);
        usualAdded = true;
        continue;
      }
      String path = queue.removeFirst();
      if (!asked.add(path)) {
        continue;
      }
      ctx.deadline().check();
      String url = origin.url(path);
      HttpResponse response;
      try {
        response = client.send(HttpRequest.get(path));
      } catch (IOException | HttpProtocolException e) {
        lastError = path + ": " + e.getClass().getSimpleName() + ": " + e.getMessage();
        notes.add(lastError);
        continue;
      }
      HttpExchange exchange = exchange(url, response);
      Optional<Exposure> login = loginIn(url, response, exchange);
      if (login.isPresent()) {
        return login.get();
      }
      if (exchanges.size() < 3) {
        exchanges.add(exchange);
      }
      Optional<String> location = response.status() / 100 == 3 ? response.headers().first("Location") : Optional.empty();
      if (location.isPresent()) {
        Optional<String> next = origin.samePath(url, location.get());
        if (next.isPresent()) {
          queue.addFirst(next.get());
        } else {
          notes.add(path + " redirects to " + location.get());
        }
      } else if (response.status() / 100 == 2) {
        List<String> links = links(origin, url, response.bodyText());
        links.stream().filter(l -> ADMIN_LIKE.matcher(l).find()).forEach(queue::add);
        if (!usualAdded) {
          queue.addAll(USUAL_PATHS);
          usualAdded = true;
        }
        links.stream().filter(l -> !ADMIN_LIKE.matcher(l).find()).forEach(queue::add);
      }
    }
    if (exchanges.isEmpty()) {
      return new Exposure.Undetermined(lastError.isEmpty() ? "no HTTP answer" : lastError, List.of());
    }
    List<Evidence> evidence = new ArrayList<>(exchanges);
    evidence.add(Observation.of("pagesAsked", String.join(" ", asked), "notes", String.join("; ", notes)));
    return new Exposure.NoCredentials(Optional.empty(), List.of(), evidence);
  }

  /** A login shown by one response, if any: a pure function. */
  static Optional<Exposure> loginIn(String url, HttpResponse response, HttpExchange exchange) {
    List<Evidence> evidence = List.of(exchange);
    if (response.status() == 401) {
      List<AuthChallenge> challenges = response.challenges();
      Optional<AuthChallenge> basic = challenges.stream().filter(c -> c.isScheme("Basic")).findFirst();
      if (basic.isPresent()) {
        return Optional.of(new Exposure.CredentialsInClear("fail.http-basic", Confidence.HIGH,
            List.of(url, basic.get().realm().orElse("")), evidence));
      }
      Optional<AuthChallenge> digest = challenges.stream().filter(c -> c.isScheme("Digest")).findFirst();
      if (digest.isPresent()) {
        return Optional.of(new Exposure.CredentialsInClear("fail.http-digest", Confidence.MEDIUM,
            List.of(url, digest.get().realm().orElse(""), digest.get().param("algorithm").orElse("MD5")), evidence));
      }
      String scheme = challenges.isEmpty() ? "-" : challenges.getFirst().scheme();
      return Optional.of(new Exposure.CredentialsInClear("fail.http-other", Confidence.LOW, List.of(url, scheme),
          evidence));
    }
    if (response.status() / 100 != 2) {
      return Optional.empty();
    }
    List<LoginForm> forms = LoginFormDetector.detect(response.bodyText());
    if (forms.isEmpty()) {
      return Optional.empty();
    }
    LoginForm form = forms.getFirst();
    String target = resolve(url, form.action()).orElse(url);
    if (target.toLowerCase(Locale.ROOT).startsWith("https:")) {
      return Optional.of(new Exposure.CredentialsInClear("fail.http-form-tls-action", Confidence.MEDIUM,
          List.of(url, target), evidence));
    }
    return Optional.of(new Exposure.CredentialsInClear("fail.http-form", Confidence.HIGH, List.of(url, target),
        evidence));
  }

  /** Links on the page that stay on the same service, as request targets, in page order, each once. */
  static List<String> links(Origin origin, String pageUrl, String html) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = HREF.matcher(html.length() > LoginFormDetector.MAX_INPUT ? html.substring(0, LoginFormDetector.MAX_INPUT)
        : html);
    int read = 0;
    while (m.find() && read++ < MAX_LINKS_READ) {
      String href = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      origin.samePath(pageUrl, href.strip()).ifPresent(out::add);
    }
    return List.copyOf(out);
  }

  static Optional<String> resolve(String base, String reference) {
    try {
      return Optional.of(new URI(base).resolve(new URI(reference.strip())).toString());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  static HttpExchange exchange(String url, HttpResponse r) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (String name : List.of("Server", "WWW-Authenticate", "Location", "Content-Type")) {
      List<String> values = r.headers().all(name);
      if (!values.isEmpty()) {
        headers.put(name, String.join(", ", values));
      }
    }
    String body = r.status() / 100 == 2 ? r.bodyText().strip() : "";
    return new HttpExchange("GET", url, r.status(), headers, body);
  }

  /** The service the search stays on: plain HTTP at one address and port. */
  record Origin(String address, int port) {
    String url(String path) {
      String host = address.contains(":") ? "[" + address + "]" : address;
      return "http://" + host + (port == 80 ? "" : ":" + port) + path;
    }

    /** The request target of {@code reference} resolved against the page, when it stays on this plain service. */
    Optional<String> samePath(String pageUrl, String reference) {
      if (reference.isEmpty() || reference.startsWith("#")) {
        return Optional.empty();
      }
      try {
        URI ref = new URI(reference);
        if (reference.startsWith("//") && ref.getHost() == null) {
          // A network-path reference with an empty authority ("///x"): java.net.URI reads it as a path on this host,
          // a browser as a URL without a host. Either way it is not a link to this service.
          return Optional.empty();
        }
        URI u = new URI(pageUrl).resolve(ref);
        if (!"http".equalsIgnoreCase(u.getScheme()) || u.getHost() == null) {
          return Optional.empty();
        }
        String host = u.getHost().startsWith("[") ? u.getHost().substring(1, u.getHost().length() - 1) : u.getHost();
        int p = u.getPort() < 0 ? 80 : u.getPort();
        if (!host.equalsIgnoreCase(address) || p != port) {
          return Optional.empty();
        }
        String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        String target = u.getRawQuery() == null ? path : path + "?" + u.getRawQuery();
        return target.chars().allMatch(c -> c > 0x20 && c < 0x7F) ? Optional.of(target) : Optional.empty();
      } catch (URISyntaxException | IllegalArgumentException e) {
        return Optional.empty();
      }
    }
  }
}
