package dev.iotcop.net.check.surface;

import dev.iotcop.engine.Confidence;
import dev.iotcop.engine.Finding;
import dev.iotcop.engine.Outcome;
import dev.iotcop.engine.Subject;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.engine.evidence.HttpExchange;
import dev.iotcop.engine.evidence.Observation;
import dev.iotcop.engine.fact.ServiceFact;
import dev.iotcop.net.check.GatedSocketFactory;
import dev.iotcop.net.proto.http.HttpProtocolException;
import dev.iotcop.net.proto.http.HttpRequest;
import dev.iotcop.net.proto.http.HttpResponse;
import dev.iotcop.net.proto.http.SocketHttpClient;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Asks a web server for the pages devices usually administer themselves with ({@code admin-paths.txt}), once each and
 * without credentials, and judges each answer with {@link AdminPageJudge}. Stops at the first page that offers a
 * settings form. Passes only when some administration path asked for credentials and none was open.
 */
final class OpenAdminPages {
  static final List<String> PATHS = PathList.load("admin-paths.txt");
  static final AdminPageJudge JUDGE = new AdminPageJudge(PageIndicators.load());
  private static final List<String> SHOWN_HEADERS = List.of("Server", "Content-Type", "WWW-Authenticate", "Location");

  private OpenAdminPages() {}

  record Answer(String path, HttpResponse response, AdminPageJudge.Verdict verdict) {}

  static Finding probe(CheckContext ctx, ServiceFact fact) throws InterruptedException {
    Subject.Service service = fact.service();
    SocketHttpClient client = client(ctx, service, fact.tls());
    List<Answer> answers = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (String path : PATHS) {
      ctx.deadline().check();
      try {
        HttpResponse response = client.send(HttpRequest.get(path));
        AdminPageJudge.Verdict verdict = JUDGE.judge(path, response);
        answers.add(new Answer(path, response, verdict));
        if (verdict instanceof AdminPageJudge.Exposed e && e.confidence() == Confidence.MEDIUM) {
          break;
        }
      } catch (IOException | HttpProtocolException e) {
        failures.add(path + ": " + e.getMessage());
        if (failures.size() >= 3 && answers.isEmpty()) {
          break;
        }
      }
    }
    return decide(service, fact.tls(), answers, failures);
  }

  static Finding decide(Subject.Service service, boolean tls, List<Answer> answers, List<String> failures) {
    String base = (tls ? "https://" : "http://") + service.endpoint();
    Optional<Answer> exposed = answers.stream().filter(a -> a.verdict() instanceof AdminPageJudge.Exposed)
        .max(Comparator.comparing(a -> ((AdminPageJudge.Exposed) a.verdict()).confidence() == Confidence.MEDIUM));
    if (exposed.isPresent()) {
      AdminPageJudge.Exposed e = (AdminPageJudge.Exposed) exposed.get().verdict();
      HttpResponse r = exposed.get().response();
      return UnauthenticatedAccessCheck.finding(Outcome.FAIL, e.confidence(), service, "http.exposed",
          List.of(base + exposed.get().path(), String.join(", ", e.kinds())),
          List.of(exchange(base, exposed.get().path(), r, e.excerpt()), summary(answers, failures)));
    }
    List<Answer> protectedPaths = answers.stream().filter(a -> a.verdict() instanceof AdminPageJudge.Protected).toList();
    if (!protectedPaths.isEmpty()) {
      Answer first = protectedPaths.getFirst();
      return UnauthenticatedAccessCheck.finding(Outcome.PASS, Confidence.MEDIUM, service, "http.protected",
          List.of(base, Integer.toString(protectedPaths.size()), Integer.toString(answers.size()),
              ((AdminPageJudge.Protected) first.verdict()).how()),
          List.of(exchange(base, first.path(), first.response(), ""), summary(answers, failures)));
    }
    if (answers.isEmpty()) {
      String reason = failures.isEmpty() ? "no request was made" : failures.getFirst();
      return UnauthenticatedAccessCheck.finding(Outcome.INCONCLUSIVE, Confidence.HIGH, service, "http.inconclusive",
          List.of(base, reason), List.of(summary(answers, failures)));
    }
    return UnauthenticatedAccessCheck.finding(Outcome.INFO, Confidence.MEDIUM, service, "http.none-found",
        List.of(base, Integer.toString(answers.size())), List.of(summary(answers, failures)));
  }

  private static HttpExchange exchange(String base, String path, HttpResponse r, String excerpt) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (String name : SHOWN_HEADERS) {
      r.headers().first(name).ifPresent(v -> headers.put(name, v));
    }
    return new HttpExchange("GET", base + path, r.status(), headers, excerpt);
  }

  private static Observation summary(List<Answer> answers, List<String> failures) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Answer a : answers) {
      values.put(a.path(), a.response().status() + " " + switch (a.verdict()) {
        case AdminPageJudge.Exposed e -> "settings without login (" + String.join(", ", e.kinds()) + ")";
        case AdminPageJudge.Protected p -> "asks for credentials (" + p.how() + ")";
        case AdminPageJudge.Absent x -> "nothing there";
        case AdminPageJudge.Plain p -> "page without settings";
      });
    }
    failures.forEach(f -> values.put("failed " + f.substring(0, f.indexOf(':')), f.substring(f.indexOf(':') + 1).strip()));
    return new Observation(values);
  }

  static SocketHttpClient client(CheckContext ctx, Subject.Service service, boolean tls) {
    return new SocketHttpClient(new SocketHttpClient.Endpoint(service.address(), service.port(),
        tls ? Optional.of(SocketHttpClient.tlsAcceptingAnyCertificate()) : Optional.empty(),
        ctx.deadline().cap(ctx.politeness().connectTimeout()), ctx.deadline().cap(ctx.politeness().readTimeout())),
        new GatedSocketFactory(ctx.gate(), service));
  }
}
