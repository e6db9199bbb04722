package dev.iotcop.net.check.credentials;

import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.net.proto.http.AuthChallenge;
import dev.iotcop.net.proto.http.DigestChallenge;
import dev.iotcop.net.proto.http.HttpProtocolException;
import dev.iotcop.net.proto.http.HttpRequest;
import dev.iotcop.net.proto.http.HttpResponse;
import dev.iotcop.net.proto.http.LoginForm;
import dev.iotcop.net.proto.http.LoginFormDetector;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks for the login of a web service, politely: the start page, the same-server redirects it gives and the pages it
 * links to, at most {@link #MAX_PAGES} requests in all. The first Basic or Digest challenge (Digest preferred when
 * both are offered) or the first page with a login form wins.
 */
final class WebLoginLocator {
  static final int MAX_PAGES = 8;
  private static final int MAX_REDIRECTS = 3;
  private static final Pattern TITLE = Pattern.compile("<title[^>]{0,200}>([^<]{0,200})</title>", Pattern.CASE_INSENSITIVE);

  /**
   * What the search found: a login or none, how many pages it looked at, why the start page could not be had, and a
   * challenge in a scheme iotcop cannot answer (NTLM, Bearer, ...), if one was met.
   */
  record Search(Optional<WebLogin> login, int pagesLooked, Optional<String> unreachable, Optional<String> unsupported) {}

  private WebLoginLocator() {}

  static Search locate(CheckContext ctx, WebEndpoint web) throws InterruptedException {
    Deque<String> queue = new ArrayDeque<>(List.of("/"));
    Set<String> seen = new HashSet<>(List.of("/"));
    int pages = 0;
    int redirects = 0;
    Optional<String> unsupported = Optional.empty();
    while (!queue.isEmpty() && pages < MAX_PAGES) {
      ctx.deadline().check();
      String path = queue.pollFirst();
      HttpResponse r;
      try {
        r = web.send(ctx, HttpRequest.get(path));
      } catch (IOException | HttpProtocolException e) {
        if (pages == 0) {
          return new Search(Optional.empty(), 0, Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage()),
              Optional.empty());
        }
        pages++;
        continue;
      }
      pages++;
      String server = r.headers().first("Server").orElse("");
      if (r.status() == 401) {
        Optional<AuthChallenge> c = usableChallenge(r.challenges());
        if (c.isPresent()) {
          String realm = c.get().realm().orElse("");
          return new Search(Optional.of(new WebLogin.Challenge(path, c.get(), realm + " " + server)), pages, Optional.empty(),
              Optional.empty());
        }
        if (unsupported.isEmpty()) {
          unsupported = Optional.of(path + ": " + String.join(", ", r.headers().all("WWW-Authenticate")));
        }
        continue;
      }
      if (r.status() / 100 == 3 && redirects < MAX_REDIRECTS) {
        Optional<String> target = r.headers().first("Location").flatMap(l -> sameServer(web, path, l));
        if (target.isPresent() && seen.add(target.get())) {
          redirects++;
          queue.addFirst(target.get());
        }
        continue;
      }
      if (r.status() / 100 == 2 && isHtml(r)) {
        String html = r.bodyText();
        List<LoginForm> forms = LoginFormDetector.detect(html);
        if (!forms.isEmpty()) {
          return new Search(Optional.of(new WebLogin.Form(path, forms.getFirst(), title(html) + " " + server)), pages,
              Optional.empty(), Optional.empty());
        }
        for (String link : LinkScanner.links(html, path, MAX_PAGES)) {
          if (seen.add(link)) {
            queue.addLast(link);
          }
        }
      }
    }
    return new Search(Optional.empty(), pages, Optional.empty(), unsupported);
  }

  /** Digest when offered in a form we can answer, else Basic. */
  static Optional<AuthChallenge> usableChallenge(List<AuthChallenge> challenges) {
    for (AuthChallenge c : challenges) {
      if (c.isScheme("Digest")) {
        try {
          DigestChallenge d = DigestChallenge.from(c);
          if (d.qop().isEmpty() || d.qop().contains("auth")) {
            return Optional.of(c);
          }
        } catch (HttpProtocolException unsupported) {
          // an algorithm or form we cannot answer: look for Basic instead
        }
      }
    }
    return challenges.stream().filter(c -> c.isScheme("Basic")).findFirst();
  }

  /** The path of a Location on the same server, relative ones resolved against {@code base}. */
  static Optional<String> sameServer(WebEndpoint web, String base, String location) {
    String l = location.strip();
    String origin = web.url("");
    String lower = l.toLowerCase(Locale.ROOT);
    if (lower.startsWith(origin.toLowerCase(Locale.ROOT))) {
      l = l.substring(origin.length());
      if (l.isEmpty()) {
        l = "/";
      }
    }
    return LinkScanner.resolve(base, l);
  }

  private static boolean isHtml(HttpResponse r) {
    String type = r.headers().first("Content-Type").orElse("text/html").toLowerCase(Locale.ROOT);
    return type.contains("html") || type.contains("text/plain") && r.bodyText().contains("<form");
  }

  private static String title(String html) {
    Matcher m = TITLE.matcher(html.length() > 64 * 1024 ? html.substring(0, 64 * 1024) : html);
    return m.find() ? m.group(1).strip() : "";
  }
}
