package dev.iotcop.net.identify;

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
import dev.iotcop.engine.check.FactKind;
import dev.iotcop.engine.check.Need;
import dev.iotcop.engine.evidence.Observation;
import dev.iotcop.engine.fact.Facts;
import dev.iotcop.engine.fact.OpenPort;
import dev.iotcop.engine.fact.ServiceFact;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** Identifies what each open TCP port speaks, by handshake, and records it as a service fact. */
public final class IdentifyCheck implements Check {
  static final CheckDescriptor DESCRIPTOR = new CheckDescriptor(
      "net.identify.tcp",
      CheckKind.DISCOVERY,
      List.of("5.6-1"),
      List.of(),
      Set.of(Need.eachTcp(OpenPort.class)),
      Set.of(FactKind.tcp(ServiceFact.class)),
      List.of("check.net.identify.tcp.service"));

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<? extends Subject> subjects(Target target, Facts facts) {
    return facts.all(OpenPort.class).stream()
        .filter(p -> p.transport() == Transport.TCP)
        .map(p -> new Subject.Service(p.address(), p.port(), p.transport(), "unknown"))
        .toList();
  }

  @Override
  public CheckResult run(CheckContext ctx, Subject subject) throws InterruptedException {
    ctx.deadline().check();
    Subject.Service port = (Subject.Service) subject;
    Duration wait = ctx.politeness().readTimeout().dividedBy(4).compareTo(Duration.ofMillis(1500)) > 0
        ? Duration.ofMillis(1500) : ctx.politeness().readTimeout().dividedBy(4);
    Identification id = Probes.identifier(wait).identify(ctx, port);
    Subject.Service service = new Subject.Service(port.address(), port.port(), port.transport(), id.protocol());
    ServiceFact fact = new ServiceFact(service, id.tls(), id.product(), id.version(), id.banner(), id.attributes());
    Finding finding = new Finding(DESCRIPTOR.id(), Outcome.INFO, DESCRIPTOR.provisions(), service, "check.net.identify.tcp.service",
        List.of(id.protocol(), (id.product() + " " + id.version()).strip()),
        List.of(Observation.of("protocol", id.protocol(), "tls", Boolean.toString(id.tls()), "product", id.product(),
            "version", id.version(), "banner", id.banner())), Confidence.HIGH);
    return new CheckResult(List.of(finding), List.of(fact));
  }
}
