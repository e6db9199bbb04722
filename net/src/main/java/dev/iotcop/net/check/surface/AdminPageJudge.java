package dev.iotcop.net.check.surface;

import dev.iotcop.engine.Confidence;
import dev.iotcop.net.proto.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Decides from one unauthenticated response whether a web page lets anyone change a device's settings. A page counts
 * as exposed only by what it offers, a form whose fields set Wi-Fi, network, password, firmware or maintenance options
 * (MEDIUM confidence); text that merely talks about such settings on an administration path raises a doubt (LOW). A
 * start page with links, a login form, a 401/403 or a redirect to a login page is never exposed.
 */
final class AdminPageJudge {
  private static final Pattern LOGIN_LOCATION = Pattern.compile("log_?in|logon|sign_?-?in|auth", Pattern.CASE_INSENSITIVE);

  sealed interface Verdict {}

  /** The page offers settings to anyone. */
  record Exposed(Confidence confidence, Set<String> kinds, String excerpt) implements Verdict {
    Exposed {
      kinds = Set.copyOf(kinds);
    }
  }

  /** The server asked for credentials in some way. */
  record Protected(String how) implements Verdict {}

  /** Nothing there (or a redirect elsewhere, not followed). */
  record Absent(int status) implements Verdict {}

  /** A page, but not one that changes anything. */
  record Plain() implements Verdict {}

  private final PageIndicators indicators;

  AdminPageJudge(PageIndicators indicators) {
    this.indicators = indicators;
  }

  Verdict judge(String path, HttpResponse response) {
    int status = response.status();
    if (status == 401 || status == 407) {
      String scheme = response.headers().first(status == 401 ? "WWW-Authenticate" : "Proxy-Authenticate").orElse("");
      return new Protected("HTTP " + status + (scheme.isEmpty() ? "" : " " + scheme.split("\\s", 2)[0]));
    }
    if (status == 403) {
      return new Protected("HTTP 403");
    }
    if (status >= 300 && status < 400) {
      String location = response.headers().first("Location").orElse("");
      return LOGIN_LOCATION.matcher(location).find() ? new Protected("redirect to " + location) : new Absent(status);
    }
    if (status < 200 || status >= 300) {
      return new Absent(status);
    }
    String contentType = response.headers().first("Content-Type").orElse("").toLowerCase(Locale.ROOT);
    String body = response.bodyText();
    if (!(contentType.contains("html") || (contentType.isEmpty() && body.contains("<")))) {
      return new Plain();
    }
    PageForms page = PageForms.read(body);
    boolean loginForm = false;
    for (PageForms.Form form : page.forms()) {
      Set<String> fieldKinds = indicators.inFields(form.fields());
      Set<String> kinds = new TreeSet<>(fieldKinds);
      kinds.addAll(indicators.inText(form.text()));
      long entries = form.fields().stream().filter(PageForms.Field::entry).count();
      long passwords = form.fields().stream().filter(PageForms.Field::password).count();
      if (passwords >= 1 && fieldKinds.isEmpty() && entries - passwords <= 2) {
        loginForm = true;
        continue;
      }
      if (!kinds.isEmpty() && entries > 0) {
        return new Exposed(Confidence.MEDIUM, kinds, excerpt(form));
      }
    }
    if (loginForm) {
      return new Protected("login form");
    }
    Set<String> textKinds = indicators.inText(page.visibleText());
    if (!path.equals("/") && textKinds.size() >= 2) {
      String text = page.visibleText();
      return new Exposed(Confidence.LOW, textKinds, text.length() > 200 ? text.substring(0, 200) + "…" : text);
    }
    return new Plain();
  }

  private static String excerpt(PageForms.Form form) {
    List<String> names = form.fields().stream().filter(PageForms.Field::entry).map(f -> f.name() + "(" + f.type() + ")")
        .limit(12).toList();
    return "form " + form.method() + " " + (form.action().isEmpty() ? "(same page)" : form.action()) + ": "
        + String.join(", ", names);
  }
}
