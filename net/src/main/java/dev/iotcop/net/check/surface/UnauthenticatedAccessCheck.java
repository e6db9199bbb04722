package dev.iotcop.net.check.surface;

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
import dev.iotcop.engine.fact.Facts;
import dev.iotcop.engine.fact.ServiceFact;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Network functions a device serves to anyone, without authentication: anonymous FTP, an MQTT broker that takes
 * anonymous clients and lets them subscribe to every topic, web pages that change settings without a login, RTSP
 * streams described without credentials, and telnet handing out a shell before any login prompt. Each service is
 * asked once, with no credential guessing; a service that asks for credentials passes this check.
 */
public final class UnauthenticatedAccessCheck implements Check {
  static final String ID = "net.surface.unauthenticated";
  static final Set<String> PROTOCOLS = Set.of("ftp", "mqtt", "mqtts", "http", "https", "rtsp", "telnet");
  private static final List<String> SUFFIXES = List.of(
      "ftp.anonymous", "ftp.refused", "ftp.inconclusive",
      "mqtt.open", "mqtt.connect-only", "mqtt.refused", "mqtt.inconclusive",
      "http.exposed", "http.protected", "http.none-found", "http.inconclusive",
      "rtsp.open", "rtsp.protected", "rtsp.none-found", "rtsp.inconclusive",
      "telnet.shell", "telnet.login", "telnet.inconclusive");
  static final CheckDescriptor DESCRIPTOR = new CheckDescriptor(
      ID,
      CheckKind.NETWORK,
      List.of("5.5-4"),
      List.of("5.5-4-2"),
      Set.of(Need.eachTcp(ServiceFact.class)),
      Set.of(),
      SUFFIXES.stream().map(UnauthenticatedAccessCheck::key).toList());

  static String key(String suffix) {
    return "check." + ID + "." + suffix;
  }

  static Finding finding(Outcome outcome, Confidence confidence, Subject.Service service, String suffix, List<String> args,
      List<? extends Evidence> evidence) {
    return new Finding(ID, outcome, DESCRIPTOR.provisions(), service, key(suffix), args, List.copyOf(evidence), confidence);
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
        .filter(s -> s.service().transport() == Transport.TCP && PROTOCOLS.contains(s.protocol()))
        .map(ServiceFact::service)
        .sorted(Comparator.comparing(Subject.Service::label))
        .toList();
  }

  @Override
  public CheckResult run(CheckContext ctx, Subject subject) throws InterruptedException {
    ctx.deadline().check();
    Subject.Service service = (Subject.Service) subject;
    ServiceFact fact = ctx.facts().services(service.protocol()).stream().filter(s -> s.service().equals(service))
        .findFirst().orElseGet(() -> new ServiceFact(service, service.protocol().endsWith("s"), "", "", "", java.util.Map.of()));
    Finding finding = switch (service.protocol()) {
      case "ftp" -> AnonymousFtp.probe(ctx, fact);
      case "mqtt", "mqtts" -> AnonymousMqtt.probe(ctx, fact);
      case "http", "https" -> OpenAdminPages.probe(ctx, fact);
      case "rtsp" -> OpenRtspStreams.probe(ctx, fact);
      case "telnet" -> TelnetWithoutLogin.probe(ctx, fact);
      default -> throw new IllegalArgumentException("not a protocol of this check: " + service.protocol());
    };
    return CheckResult.of(Stream.of(finding).toList());
  }
}
