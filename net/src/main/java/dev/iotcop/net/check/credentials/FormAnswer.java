package dev.iotcop.net.check.credentials;

import dev.iotcop.net.proto.http.HttpResponse;
import dev.iotcop.net.proto.http.LoginFormDetector;
import dev.iotcop.net.proto.http.SetCookie;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a login form submission answered, reduced to what tells a failed login from a successful one: status, redirect
 * target, whether the login form is shown again, an error message, and the cookies newly set.
 *
 * @param rejection why the answer looks like a refusal, if it does
 * @param locked whether the answer speaks of a lockout or of too many tries
 */
record FormAnswer(int status, Optional<String> location, boolean formShown, Optional<String> rejection, boolean locked,
    Set<String> newCookies) {

  private static final Pattern FAILURE = Pattern.compile("invalid|incorrect|failed|failure|wrong|denied|not match"
      + "|unauthori[sz]ed|bad (?:user|password|credentials)|try again", Pattern.CASE_INSENSITIVE);
  private static final Pattern LOCKED = Pattern.compile("locked|too many|try again later|temporarily (?:disabled|blocked)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern LOGIN_PLACE = Pattern.compile("login|logon|signin|sign-in|auth|error|fail|denied",
      Pattern.CASE_INSENSITIVE);
  private static final int MAX_TEXT = 64 * 1024;

  static FormAnswer of(HttpResponse r, String formPage, List<String> cookiesBefore) {
    String body = r.bodyText();
    String text = body.length() > MAX_TEXT ? body.substring(0, MAX_TEXT) : body;
    Optional<String> location = r.status() / 100 == 3 ? r.headers().first("Location").map(String::strip) : Optional.empty();
    boolean formShown = !LoginFormDetector.detect(text).isEmpty();
    boolean locked = r.status() == 429 || r.status() == 503 || LOCKED.matcher(visible(text)).find();
    Optional<String> rejection = Optional.empty();
    if (r.status() == 401 || r.status() == 403) {
      rejection = Optional.of("HTTP " + r.status());
    } else if (formShown) {
      rejection = Optional.of("the login form is shown again");
    } else if (location.isPresent()
        && (pathOf(location.get()).equalsIgnoreCase(formPage) || LOGIN_PLACE.matcher(location.get()).find())) {
      rejection = Optional.of("redirected back to a login page");
    } else if (FAILURE.matcher(visible(text)).find()) {
      rejection = Optional.of("an error message");
    }
    Set<String> newCookies = r.cookies().stream().map(SetCookie::name).filter(n -> !cookiesBefore.contains(n))
        .collect(Collectors.toUnmodifiableSet());
    return new FormAnswer(r.status(), location, formShown, rejection, locked, newCookies);
  }

  /** A redirect somewhere else, or a page that no longer shows the form. */
  boolean success() {
    return rejection.isEmpty() && !locked && (location.isPresent() || status / 100 == 2 && !formShown);
  }

  /** Same status, same redirect target and same cookies set: the server answered both alike. */
  boolean sameAs(FormAnswer other) {
    return status == other.status && location.equals(other.location) && newCookies.equals(other.newCookies)
        && formShown == other.formShown;
  }

  private static String pathOf(String location) {
    String l = location;
    int scheme = l.indexOf("://");
    if (scheme >= 0) {
      int slash = l.indexOf('/', scheme + 3);
      l = slash < 0 ? "/" : l.substring(slash);
    }
    int q = l.indexOf('?');
    return (q < 0 ? l : l.substring(0, q)).toLowerCase(Locale.ROOT);
  }

  /** The page text without tags, scripts and styles, roughly what a person would read. Linear in the input. */
  static String visible(String html) {
    String lower = html.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(html.length());
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      if (c != '<') {
        out.append(c);
        i++;
        continue;
      }
      String skipTo = lower.startsWith("<script", i) ? "</script" : lower.startsWith("<style", i) ? "</style" : null;
      if (skipTo != null) {
        int close = lower.indexOf(skipTo, i);
        i = close < 0 ? html.length() : close + skipTo.length();
      }
      int end = html.indexOf('>', i);
      i = end < 0 ? html.length() : end + 1;
      out.append(' ');
    }
    return out.toString();
  }
}
