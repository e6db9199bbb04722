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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a device tells anyone who asks, before any authentication: UPnP descriptions, DNS-SD advertisements, the SNMP
 * system group under the well-known community, and the software versions in service greetings. Each piece is weighed
 * by its kind ({@link InfoKind}): serial numbers, precise firmware versions and a readable SNMP tree fail the
 * provision; MAC addresses and optional server versions are shown as low-confidence failures; models, names and
 * versions the protocol requires are information only.
 */
public final class UnauthenticatedInfoCheck implements Check {
  static final String ID = "net.disclosure.unauthenticated-info";
  static final Set<String> UDP_PROTOCOLS = Set.of("ssdp", "mdns", "snmp");
  static final Set<String> TCP_PROTOCOLS = Set.of("http", "https", "ssh", "ftp", "rtsp", "telnet");
  static final DisclosureFields FIELDS = DisclosureFields.load();
  static final CheckDescriptor DESCRIPTOR = new CheckDescriptor(
      ID,
      CheckKind.NETWORK,
      List.of("5.6-2"),
      List.of("5.6-2-2"),
      Set.of(Need.all(ServiceFact.class)),
      Set.of(),
      List.of(key("disclosed"), key("snmp-public"), key("informational"), key("nothing"), key("unreadable")));

  static String key(String suffix) {
    return "check." + ID + "." + suffix;
  }

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<? extends Subject> subjects(Target target, Facts facts) {
    if (!(target instanceof Target.NetworkDevice)) {
      return List.of();
    }
    return facts.services().stream()
        .filter(s -> s.service().transport() == Transport.UDP ? UDP_PROTOCOLS.contains(s.protocol())
            : TCP_PROTOCOLS.contains(s.protocol()))
        .map(ServiceFact::service)
        .sorted(Comparator.comparing(Subject.Service::label))
        .toList();
  }

  @Override
  public CheckResult run(CheckContext ctx, Subject subject) throws InterruptedException {
    ctx.deadline().check();
    Subject.Service service = (Subject.Service) subject;
    ServiceFact fact = ctx.facts().services(service.protocol()).stream().filter(s -> s.service().equals(service))
        .findFirst().orElseGet(() -> new ServiceFact(service, false, "", "", "", Map.of()));
    Reading reading = switch (service.protocol()) {
      case "ssdp" -> SsdpDisclosure.read(ctx, fact, FIELDS);
      case "mdns" -> MdnsDisclosure.read(ctx, fact, FIELDS);
      case "snmp" -> SnmpDisclosure.read(ctx, fact);
      default -> BannerDisclosure.read(fact);
    };
    return CheckResult.of(judge(service, reading));
  }

  /** One finding for the service: the weightiest kind of information it gave decides the outcome. */
  static Finding judge(Subject.Service service, Reading reading) {
    List<Evidence> evidence = new ArrayList<>();
    if (!reading.items().isEmpty()) {
      evidence.add(observation(reading.items()));
    }
    evidence.addAll(reading.evidence());
    String where = service.endpoint() + "/" + service.transport().code() + " " + service.protocol();
    if (reading.items().isEmpty() && reading.failure().isPresent()) {
      evidence.add(Observation.of("reason", reading.failure().get()));
      return finding(Outcome.INCONCLUSIVE, Confidence.HIGH, service, "unreadable", List.of(where, reading.failure().get()),
          evidence);
    }
    List<Disclosure> failing = reading.items().stream().filter(d -> d.kind().outcome() == Outcome.FAIL).toList();
    if (failing.stream().anyMatch(d -> d.kind() == InfoKind.DEFAULT_COMMUNITY)) {
      List<Disclosure> shown = reading.items().stream().filter(d -> d.kind() != InfoKind.DEFAULT_COMMUNITY
          && d.source().startsWith("SNMP sys")).toList();
      return finding(Outcome.FAIL, InfoKind.DEFAULT_COMMUNITY.confidence(), service, "snmp-public",
          List.of(where, list(shown)), evidence);
    }
    if (!failing.isEmpty()) {
      Confidence strongest = failing.stream().map(d -> d.kind().confidence()).min(Comparator.naturalOrder()).orElseThrow();
      return finding(Outcome.FAIL, strongest, service, "disclosed", List.of(where, list(failing)), evidence);
    }
    if (!reading.items().isEmpty()) {
      return finding(Outcome.INFO, Confidence.HIGH, service, "informational", List.of(where, list(reading.items())),
          evidence);
    }
    return finding(Outcome.PASS, Confidence.HIGH, service, "nothing", List.of(where), evidence);
  }

  private static String list(List<Disclosure> items) {
    return items.stream().map(d -> d.field() + "=" + d.value()).distinct().limit(12).collect(Collectors.joining("; "));
  }

  private static Observation observation(List<Disclosure> items) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Disclosure d : items) {
      values.merge(d.source(), d.value() + " [" + d.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "]",
          (a, b) -> a + "; " + b);
    }
    return new Observation(values);
  }

  private static Finding finding(Outcome outcome, Confidence confidence, Subject.Service service, String suffix,
      List<String> args, List<Evidence> evidence) {
    return new Finding(ID, outcome, DESCRIPTOR.provisions(), service, key(suffix), args, evidence, confidence);
  }
}
