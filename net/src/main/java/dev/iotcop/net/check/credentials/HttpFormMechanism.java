package dev.iotcop.net.check.credentials;

import dev.iotcop.engine.Confidence;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.engine.evidence.Evidence;
import dev.iotcop.net.proto.http.HttpProtocolException;
import dev.iotcop.net.proto.http.HttpRequest;
import dev.iotcop.net.proto.http.HttpResponse;
import dev.iotcop.net.proto.http.LoginForm;
import dev.iotcop.net.proto.http.LoginFormDetector;
import dev.iotcop.net.proto.http.SetCookie;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A simple HTML login form: each attempt loads the page (for fresh cookies and hidden fields), submits the form and
 * judges the answer. Forms have no standard answer, so the first attempt (a random wrong password) sets the reference:
 * it must show a sign of rejection (the form again, an error, a redirect back to a login page, 401/403). A later answer
 * counts as a login only when it shows no sign of rejection, shows a sign of success (a redirect elsewhere, or a page
 * without the form) and differs from the reference.
 */
final class HttpFormMechanism implements LoginMechanism {
  static final String NAME = "http-form";

  private final WebEndpoint web;
  private final String page;
  private Optional<FormAnswer> reference = Optional.empty();

  HttpFormMechanism(WebEndpoint web, String page) {
    this.web = web;
    this.page = page;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String location() {
    return page;
  }

  @Override
  public Confidence acceptanceConfidence() {
    return Confidence.MEDIUM;
  }

  @Override
  public LoginTrial attempt(CheckContext ctx, Credential credential) throws InterruptedException {
    ctx.deadline().check();
    HttpResponse form;
    try {
      form = web.send(ctx, HttpRequest.get(page));
    } catch (IOException e) {
      return LoginTrial.unreachable(e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (HttpProtocolException e) {
      return undetermined("malformed answer: " + e.getMessage(), List.of());
    }
    if (form.status() == 429 || form.status() == 503) {
      return LoginTrial.of(LoginTrial.Result.LOCKED, "HTTP " + form.status() + " to GET " + page,
          List.of(web.exchange("GET", page, form)), Duration.ZERO);
    }
    List<LoginForm> forms = LoginFormDetector.detect(form.bodyText());
    if (forms.isEmpty()) {
      return undetermined("the login form is no longer on " + page, List.of(web.exchange("GET", page, form)));
    }
    LoginForm login = forms.getFirst();
    Optional<String> target = WebLoginLocator.sameServer(web, page, login.action().isEmpty() ? page : login.action());
    if (target.isEmpty()) {
      return undetermined("the form posts to another server: " + login.action(), List.of());
    }
    String body = encode(login, credential);
    String cookies = form.cookies().stream().map(c -> c.name() + "=" + c.value()).collect(Collectors.joining("; "));
    HttpRequest request = login.method().equals("GET")
        ? HttpRequest.get(target.get() + (target.get().contains("?") ? "&" : "?") + body)
        : HttpRequest.postForm(target.get(), body);
    if (!cookies.isEmpty()) {
      request = request.withHeader("Cookie", cookies);
    }
    HttpResponse answer;
    long start = System.nanoTime();
    try {
      answer = web.send(ctx, request);
    } catch (IOException e) {
      return LoginTrial.of(LoginTrial.Result.LOCKED, "connection failed on submitting the form: " + e.getMessage(), List.of(),
          Duration.ZERO);
    } catch (HttpProtocolException e) {
      return undetermined("malformed answer: " + e.getMessage(), List.of());
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    FormAnswer a = FormAnswer.of(answer, page, form.cookies().stream().map(SetCookie::name).toList());
    List<Evidence> evidence = List.of(web.exchange(login.method(), target.get(), answer, credential.password()));
    String detail = "HTTP " + answer.status() + a.location().map(l -> " to " + l).orElse("") + " after submitting the form on "
        + page + (a.rejection().isEmpty() ? "" : " (" + a.rejection().get() + ")");
    if (a.locked()) {
      return LoginTrial.of(LoginTrial.Result.LOCKED, detail, evidence, elapsed);
    }
    if (a.rejection().isPresent()) {
      reference = reference.or(() -> Optional.of(a));
      return LoginTrial.of(LoginTrial.Result.REJECTED, detail, evidence, elapsed);
    }
    if (reference.isEmpty()) {
      return LoginTrial.of(LoginTrial.Result.UNDETERMINED, detail + ": no sign of rejection for a wrong password", evidence,
          elapsed);
    }
    if (a.success() && !a.sameAs(reference.get())) {
      return LoginTrial.of(LoginTrial.Result.ACCEPTED, detail, evidence, elapsed);
    }
    return LoginTrial.of(LoginTrial.Result.UNDETERMINED, detail, evidence, elapsed);
  }

  private static LoginTrial undetermined(String detail, List<Evidence> evidence) {
    return LoginTrial.of(LoginTrial.Result.UNDETERMINED, detail, evidence, Duration.ZERO);
  }

  /** The form's fields as the browser would send them, with the user name and password filled in. */
  static String encode(LoginForm form, Credential credential) {
    List<String> pairs = new ArrayList<>();
    boolean submitSent = false;
    for (LoginForm.FormField f : form.fields()) {
      if (f.name().isEmpty()) {
        continue;
      }
      String value;
      if (f.name().equals(form.passwordField())) {
        value = credential.password();
      } else if (form.usernameField().filter(f.name()::equals).isPresent()) {
        value = credential.username();
      } else {
        switch (f.type()) {
          case "checkbox", "radio", "file", "reset", "image" -> {
            continue;
          }
          case "submit", "button" -> {
            if (submitSent) {
              continue;
            }
            submitSent = true;
            value = f.value();
          }
          case "password" -> value = credential.password();
          default -> value = f.value();
        }
      }
      pairs.add(URLEncoder.encode(f.name(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
    return String.join("&", pairs);
  }
}
