package dev.iotcop.net.discovery;

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
import dev.iotcop.engine.evidence.Observation;
import dev.iotcop.engine.fact.Fact;
import dev.iotcop.engine.fact.Facts;
import dev.iotcop.engine.fact.OpenPort;
import dev.iotcop.net.check.NetworkChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds the open TCP ports of a device by connect scan, within the ports the user named. */
public final class TcpDiscoveryCheck implements Check {
  static final CheckDescriptor DESCRIPTOR = new CheckDescriptor(
      "net.discovery.tcp",
      CheckKind.DISCOVERY,
      List.of("5.6-1"),
      List.of(),
      Set.of(),
      Set.of(FactKind.tcp(OpenPort.class)),
      List.of("check.net.discovery.tcp.open", "check.net.discovery.tcp.incomplete"));

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<? extends Subject> subjects(Target target, Facts facts) {
    return NetworkChecks.device(target);
  }

  @Override
  public CheckResult run(CheckContext ctx, Subject subject) throws InterruptedException {
    ctx.deadline().check();
    Target.NetworkDevice target = NetworkChecks.networkTarget(ctx);
    PortSpec ports = PortSpec.parse(target.ports());
    PortScanner scanner = PortScanner.best(ctx.politeness().discoveryConcurrency(), ctx.politeness().connectTimeout());
    // Each open port is handed over at once, so that identification and the checks after it start during the scan.
    PortScanner.ScanResult scan = scanner.scan(target.address(), ports, ctx.deadline(), ctx.progress(),
        port -> ctx.share(List.of(new OpenPort(target.addressText(), port, Transport.TCP))));
    List<Fact> facts = new ArrayList<>();
    scan.open().forEach(p -> facts.add(new OpenPort(target.addressText(), p, Transport.TCP)));
    Observation evidence = Observation.of(
        "portsScanned", ports.toString(),
        "attempted", Integer.toString(scan.attempted()),
        "open", scan.open().toString(),
        "filtered", Integer.toString(scan.filtered()),
        "scanner", scanner.name());
    List<Finding> findings = new ArrayList<>();
    findings.add(new Finding(DESCRIPTOR.id(), Outcome.INFO, DESCRIPTOR.provisions(), subject, "check.net.discovery.tcp.open",
        List.of(Integer.toString(scan.open().size()), Integer.toString(scan.attempted())), List.of(evidence), Confidence.HIGH));
    if (!scan.completed()) {
      findings.add(new Finding(DESCRIPTOR.id(), Outcome.INCONCLUSIVE, DESCRIPTOR.provisions(), subject,
          "check.net.discovery.tcp.incomplete", List.of(Integer.toString(scan.attempted()), Integer.toString(ports.size())),
          List.of(evidence), Confidence.HIGH));
    }
    return new CheckResult(findings, facts);
  }
}
