package dev.iotcop.net.check.lab;

import dev.iotcop.engine.Finding;
import dev.iotcop.engine.Outcome;
import dev.iotcop.engine.Subject;
import dev.iotcop.engine.Target;
import dev.iotcop.engine.check.Check;
import dev.iotcop.engine.check.Politeness;
import dev.iotcop.engine.check.ProgressSink;
import dev.iotcop.engine.run.AssessmentResult;
import dev.iotcop.engine.run.AssessmentRunner;
import dev.iotcop.lab.LabDevice;
import dev.iotcop.net.LegacyProtocols;
import dev.iotcop.net.check.disclosure.SecurityTxtCheck;
import dev.iotcop.net.check.disclosure.UnauthenticatedInfoCheck;
import dev.iotcop.net.check.surface.SurfaceInventoryCheck;
import dev.iotcop.net.check.surface.UnauthenticatedAccessCheck;
import dev.iotcop.net.discovery.TcpDiscoveryCheck;
import dev.iotcop.net.discovery.UdpDiscoveryCheck;
import dev.iotcop.net.identify.IdentifyCheck;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Runs discovery, identification and the surface and disclosure checks against a lab device, as an assessment does. */
final class SurfaceLabAssessment {
  private SurfaceLabAssessment() {}

  static AssessmentResult assess(LabDevice device) throws InterruptedException {
    LegacyProtocols.allowForProbing();
    Target.NetworkDevice target = new Target.NetworkDevice(device.name(), device.address(), Optional.empty(),
        Target.NetworkDevice.ALL_PORTS, Target.NetworkDevice.DEFAULT_UDP_PORTS);
    List<Check> checks = List.of(new TcpDiscoveryCheck(), new UdpDiscoveryCheck(), new IdentifyCheck(),
        new SurfaceInventoryCheck(), new UnauthenticatedAccessCheck(), new UnauthenticatedInfoCheck(), new SecurityTxtCheck());
    return new AssessmentRunner(Clock.systemUTC()).run(target, checks,
        Politeness.standard().withDeadline(Duration.ofMinutes(4)), ProgressSink.NONE);
  }

  static List<Finding> findings(AssessmentResult result, String checkId, Outcome outcome) {
    return result.findings().stream().filter(f -> f.checkId().equals(checkId) && f.outcome() == outcome).toList();
  }

  static Optional<Finding> on(AssessmentResult result, String checkId, int port) {
    return result.findings().stream()
        .filter(f -> f.checkId().equals(checkId) && f.subject() instanceof Subject.Service s && s.port() == port)
        .findFirst();
  }

  static String describe(AssessmentResult result) {
    return result.findings().stream()
        .map(f -> f.checkId() + " " + f.outcome() + "/" + f.confidence() + " " + f.subject().label() + " " + f.messageKey()
            + " " + f.messageArgs())
        .collect(Collectors.joining("\n"));
  }
}
