package dev.iotcop.net.check.disclosure;

import dev.iotcop.engine.Confidence;
import dev.iotcop.engine.Finding;
import dev.iotcop.engine.Outcome;
import dev.iotcop.engine.Subject;
import dev.iotcop.engine.Target;
import dev.iotcop.engine.Transport;
import dev.iotcop.engine.check.Check;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.engine.check.CheckDescriptor;
import dev.iotcop.engine.check.CheckKind;
import dev.iotcop.engine.check.CheckResult;
import dev.iotcop.engine.check.Need;
import dev.iotcop.engine.evidence.Evidence;
import dev.iotcop.engine.evidence.Observation;
import dev.iotcop.engine.fact.Facts;
import dev.iotcop.engine.fact.ServiceFact;
import dev.iotcop.net.check.GatedSocketFactory;
import dev.iotcop.net.proto.http.HttpResponseReader;
import dev.iotcop.net.proto.http.SocketHttpClient;
import dev.iotcop.net.proto.securitytxt.SecurityTxt;
import dev.iotcop.net.proto.securitytxt.SecurityTxtException;
import dev.iotcop.net.proto.securitytxt.SecurityTxtParser;
import dev.iotcop.net.proto.securitytxt.SecurityTxtProblem;
import java.net.URI;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;

/**
 * Whether the manufacturer publishes how to report a vulnerability, read from RFC 9116 security.txt files: on the
 * manufacturer's site the user named with {@code --vendor-url} (over HTTPS with a certificate checked like a browser,
 * only that host), and on the device's own web servers. A valid, unexpired file with a contact passes. A missing file
 * fails only on the manufacturer's site, since a device need not serve one. Without a vendor site the policy is
 * reported as not checked, never as passed.
 */
public final class SecurityTxtCheck implements Check {
  static final String ID = "doc.security-txt";
  static final CheckDescriptor DESCRIPTOR = new CheckDescriptor(
      ID,
      CheckKind.DOCUMENT,
      List.of("5.2-1"),
      List.of("5.2-1-2"),
      Set.of(Need.tcp(ServiceFact.class)),
      Set.of(),
      List.of(key("valid"), key("invalid"), key("expired"), key("no-contact"), key("missing-vendor"), key("missing-device"),
          key("unreachable"), key("refused"), key("redirected"), key("not-checked")));

  private final Supplier<SSLSocketFactory> vendorTls;

  public SecurityTxtCheck() {
    this(SecurityTxtCheck::defaultTls);
  }

  /** For tests: the TLS layer used for the manufacturer's site (its trust anchors decide what is trusted). */
  SecurityTxtCheck(Supplier<SSLSocketFactory> vendorTls) {
    this.vendorTls = vendorTls;
  }

  private static SSLSocketFactory defaultTls() {
    try {
      return SSLContext.getDefault().getSocketFactory();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK offers no default TLS context", e);
    }
  }

  static String key(String suffix) {
    return "check." + ID + "." + suffix;
  }

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<? extends Subject> subjects(Target target, Facts facts) {
    if (!(target instanceof Target.NetworkDevice device)) {
      return List.of();
    }
    List<Subject> subjects = new ArrayList<>();
    subjects.add(device.vendorUrl().<Subject>map(u -> new Subject.Document(u.toString())).orElse(device.subject()));
    facts.services("http", "https").stream()
        .filter(s -> s.service().transport() == Transport.TCP)
        .map(ServiceFact::service)
        .sorted(Comparator.comparing(Subject.Service::label))
        .forEach(subjects::add);
    return subjects;
  }

  @Override
  public CheckResult run(CheckContext ctx, Subject subject) throws InterruptedException {
    ctx.deadline().check();
    return switch (subject) {
      case Subject.Document document -> CheckResult.of(vendor(ctx, document));
      case Subject.Service service -> CheckResult.of(device(ctx, service));
      case Subject.Device device -> CheckResult.of(new Finding(ID, Outcome.INFO, DESCRIPTOR.provisions(), device,
          key("not-checked"), List.of(), List.of(Observation.of("vendorUrl", "not given")), Confidence.HIGH));
      case Subject.File file -> CheckResult.empty();
    };
  }

  /** The manufacturer's site: always over HTTPS at the host (and port, when HTTPS was named) the user gave. */
  private Finding vendor(CheckContext ctx, Subject.Document document) throws InterruptedException {
    URI named = URI.create(document.location());
    boolean https = "https".equalsIgnoreCase(named.getScheme());
    URI origin = URI.create("https://" + hostPart(named.getHost()) + (https && named.getPort() > 0 ? ":" + named.getPort() : "")
        + "/");
    SecurityTxtFetcher fetcher = new SecurityTxtFetcher(SecurityTxtFetcher.direct(
        ctx.deadline().cap(ctx.politeness().connectTimeout()), ctx.deadline().cap(ctx.politeness().readTimeout())),
        ctx.deadline());
    SecurityTxtFetcher.Result result = fetcher.fetch(origin, Optional.of(new HostCheckingSocketFactory(vendorTls.get())));
    return judge(ctx, document, result, true, origin);
  }

  private Finding device(CheckContext ctx, Subject.Service service) throws InterruptedException {
    boolean tls = ctx.facts().services(service.protocol()).stream().filter(s -> s.service().equals(service))
        .findFirst().map(ServiceFact::tls).orElse(service.protocol().equals("https"));
    URI origin = URI.create((tls ? "https://" : "http://") + service.endpoint() + "/");
    SecurityTxtFetcher.Connector connector = (host, port, t) -> new SocketHttpClient(
        new SocketHttpClient.Endpoint(host, port, t, ctx.deadline().cap(ctx.politeness().connectTimeout()),
            ctx.deadline().cap(ctx.politeness().readTimeout())),
        new GatedSocketFactory(ctx.gate(), new Subject.Service(host, port, Transport.TCP, service.protocol())),
        new HttpResponseReader(SecurityTxtParser.MAX_BYTES + 1));
    // a device's certificate is judged by the TLS checks; here it only has to carry the file
    SecurityTxtFetcher.Result result = new SecurityTxtFetcher(connector, ctx.deadline())
        .fetch(origin, tls ? Optional.of(SocketHttpClient.tlsAcceptingAnyCertificate()) : Optional.empty());
    return judge(ctx, service, result, false, origin);
  }

  private static Finding judge(CheckContext ctx, Subject subject, SecurityTxtFetcher.Result result, boolean vendor, URI origin) {
    List<Evidence> evidence = new ArrayList<>(result.exchanges());
    String where = origin.toString();
    return switch (result) {
      case SecurityTxtFetcher.Found found -> file(ctx, subject, found, evidence);
      case SecurityTxtFetcher.Missing missing -> vendor
          ? finding(Outcome.FAIL, subject, "missing-vendor", List.of(where, statuses(missing)), evidence)
          : finding(Outcome.INFO, subject, "missing-device", List.of(where, statuses(missing)), evidence);
      case SecurityTxtFetcher.Refused refused -> finding(vendor ? Outcome.INCONCLUSIVE : Outcome.INFO, subject, "refused",
          List.of(refused.url().toString(), Integer.toString(refused.status())), evidence);
      case SecurityTxtFetcher.RedirectedAway away -> finding(vendor ? Outcome.INCONCLUSIVE : Outcome.INFO, subject,
          "redirected", List.of(away.url().toString(), away.location()), evidence);
      case SecurityTxtFetcher.Unreachable down -> {
        evidence.add(Observation.of("reason", down.reason()));
        yield finding(Outcome.INCONCLUSIVE, subject, "unreachable", List.of(down.url().toString(), down.reason()), evidence);
      }
    };
  }

  private static Finding file(CheckContext ctx, Subject subject, SecurityTxtFetcher.Found found, List<Evidence> evidence) {
    String url = found.url().toString();
    SecurityTxt txt;
    try {
      txt = SecurityTxtParser.parse(found.body(), ctx.clock().instant());
    } catch (SecurityTxtException e) {
      evidence.add(Observation.of("problem", e.getMessage()));
      return finding(Outcome.FAIL, subject, "invalid", List.of(url, e.getMessage()), evidence);
    }
    evidence.add(problems(txt));
    if (txt.has(SecurityTxtProblem.Kind.EXPIRED)) {
      return finding(Outcome.FAIL, subject, "expired", List.of(url, txt.expires().map(Object::toString).orElse("?")), evidence);
    }
    if (txt.contacts().isEmpty()) {
      return finding(Outcome.FAIL, subject, "no-contact", List.of(url), evidence);
    }
    if (!txt.valid()) {
      String errors = txt.errors().stream().map(SecurityTxtCheck::describe).collect(Collectors.joining("; "));
      return finding(Outcome.FAIL, subject, "invalid", List.of(url, errors), evidence);
    }
    return finding(Outcome.PASS, subject, "valid", List.of(url, String.join(", ", txt.contacts()),
        txt.expires().map(Object::toString).orElse("?")), evidence);
  }

  private static Observation problems(SecurityTxt txt) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("contacts", String.join(", ", txt.contacts()));
    values.put("expires", txt.expires().map(Object::toString).orElse("(none)"));
    values.put("signed", Boolean.toString(txt.signed()));
    int n = 0;
    for (SecurityTxtProblem p : txt.problems()) {
      values.put("problem " + ++n, p.severity().name().toLowerCase(java.util.Locale.ROOT) + ": " + describe(p));
    }
    return new Observation(values);
  }

  private static String describe(SecurityTxtProblem p) {
    return (p.line() > 0 ? "line " + p.line() + ", " : "") + p.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
        + (p.detail().isEmpty() ? "" : " (" + p.detail() + ")");
  }

  private static String statuses(SecurityTxtFetcher.Missing missing) {
    return missing.exchanges().stream().map(e -> e.url() + " " + e.status()).collect(Collectors.joining(", "));
  }

  private static String hostPart(String host) {
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }

  private static Finding finding(Outcome outcome, Subject subject, String suffix, List<String> args, List<Evidence> evidence) {
    return new Finding(ID, outcome, DESCRIPTOR.provisions(), subject, key(suffix), args, evidence, Confidence.HIGH);
  }
}
