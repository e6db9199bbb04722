package dev.iotcop.net.check.surface;

import dev.iotcop.engine.Confidence;
import dev.iotcop.engine.Finding;
import dev.iotcop.engine.Outcome;
import dev.iotcop.engine.Subject;
import dev.iotcop.engine.Target;
import dev.iotcop.engine.check.Check;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.engine.check.CheckDescriptor;
import dev.iotcop.engine.check.CheckKind;
import dev.iotcop.engine.check.CheckResult;
import dev.iotcop.engine.check.Need;
import dev.iotcop.engine.evidence.Observation;
import dev.iotcop.engine.fact.Facts;
import dev.iotcop.engine.fact.ServiceFact;
import dev.iotcop.net.check.NetworkChecks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The attack surface of a device: every service found open (TCP and UDP) listed in one inventory, and a failure for each
 * service that is a legacy, debugging or remote-shell interface by nature ({@code dangerous-services.csv}). Whether
 * any other service is "unused" only the manufacturer can say, so the inventory itself is information, never a pass.
 */
public final class SurfaceInventoryCheck implements Check {
  static final String ID = "net.surface.inventory";
  static final DangerousServices RULES = DangerousServices.load();
  static final CheckDescriptor DESCRIPTOR = new CheckDescriptor(
      ID,
      CheckKind.NETWORK,
      List.of("5.6-1"),
      List.of("5.6-1-2"),
      Set.of(Need.all(ServiceFact.class)),
      Set.of(),
      Stream.concat(Stream.of(key("services"), key("none")),
          RULES.rules().stream().map(r -> key("dangerous." + r.id()))).toList());

  static String key(String suffix) {
    return "check." + ID + "." + suffix;
  }

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<? extends Subject> subjects(Target target, Facts facts) {
    List<Subject> subjects = new ArrayList<>(NetworkChecks.device(target));
    if (subjects.isEmpty()) {
      return subjects;
    }
    facts.all(ServiceFact.class).stream()
        .filter(s -> RULES.match(s).isPresent())
        .map(ServiceFact::service)
        .sorted(Comparator.comparing(Subject.Service::label))
        .forEach(subjects::add);
    return subjects;
  }

  @Override
  public CheckResult run(CheckContext ctx, Subject subject) throws InterruptedException {
    ctx.deadline().check();
    return switch (subject) {
      case Subject.Device device -> CheckResult.of(inventory(ctx.facts(), device));
      case Subject.Service service -> CheckResult.of(dangerous(ctx.facts(), service).stream().toList());
      default -> CheckResult.empty();
    };
  }

  static Finding inventory(Facts facts, Subject.Device device) {
    List<ServiceFact> services = facts.all(ServiceFact.class).stream()
        .filter(s -> s.service().address().equals(device.address()))
        .sorted(Comparator.comparing((ServiceFact s) -> s.service().transport()).thenComparing(s -> s.service().port()))
        .toList();
    if (services.isEmpty()) {
      return new Finding(ID, Outcome.INFO, DESCRIPTOR.provisions(), device, key("none"), List.of(),
          List.of(Observation.of("services", "0")), Confidence.HIGH);
    }
    Map<String, String> listed = new LinkedHashMap<>();
    List<String> summary = new ArrayList<>();
    for (ServiceFact s : services) {
      String where = s.service().port() + "/" + s.service().transport().code();
      String what = describe(s);
      listed.put(where, what);
      summary.add(where + " " + what);
    }
    return new Finding(ID, Outcome.INFO, DESCRIPTOR.provisions(), device, key("services"),
        List.of(Integer.toString(services.size()), String.join("; ", summary)), List.of(new Observation(listed)),
        Confidence.HIGH);
  }

  /** Protocol, TLS, product and version, e.g. {@code https (TLS) nginx 1.22.1}. */
  static String describe(ServiceFact s) {
    StringBuilder b = new StringBuilder(s.protocol());
    if (s.tls()) {
      b.append(" (TLS)");
    }
    String product = (s.product() + " " + s.version()).strip();
    if (!product.isEmpty()) {
      b.append(' ').append(product);
    }
    return b.toString();
  }

  private static String matchedOn(DangerousService rule) {
    return rule.banner().isPresent() ? "banner" : rule.port().isPresent() ? "port number" : "protocol identification";
  }

  static Optional<Finding> dangerous(Facts facts, Subject.Service service) {
    Optional<ServiceFact> fact = facts.all(ServiceFact.class).stream().filter(s -> s.service().equals(service)).findFirst();
    if (fact.isEmpty()) {
      return Optional.empty();
    }
    return RULES.match(fact.get()).map(rule -> new Finding(ID, Outcome.FAIL, DESCRIPTOR.provisions(), service,
        key("dangerous." + rule.id()), List.of(service.endpoint() + "/" + service.transport().code(), describe(fact.get())),
        List.of(Observation.of("rule", rule.id(), "reason", rule.reason(), "protocol", fact.get().protocol(),
            "banner", fact.get().banner(), "matchedOn", matchedOn(rule))),
        rule.confidence()));
  }
}
