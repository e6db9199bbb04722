package dev.iotcop.net.check.credentials;

import dev.iotcop.engine.Finding;
import dev.iotcop.engine.Subject;
import dev.iotcop.engine.Target;
import dev.iotcop.engine.Transport;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.engine.check.CheckResult;
import dev.iotcop.engine.check.Politeness;
import dev.iotcop.engine.check.TestContexts;
import dev.iotcop.engine.evidence.CredentialEvidence;
import dev.iotcop.engine.evidence.Evidence;
import dev.iotcop.engine.fact.Fact;
import dev.iotcop.engine.fact.Facts;
import dev.iotcop.engine.fact.ServiceFact;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Running the credential checks on services of 127.0.0.1, with the runner's real gate and login budget. */
final class LoopbackChecks {
  static final Target TARGET = new Target.NetworkDevice("loopback", InetAddress.getLoopbackAddress(), Optional.empty());

  private LoopbackChecks() {}

  static Subject.Service tcp(int port, String protocol) {
    return new Subject.Service("127.0.0.1", port, Transport.TCP, protocol);
  }

  static ServiceFact fact(Subject.Service service) {
    return new ServiceFact(service, false, "", "", "", Map.of());
  }

  /** Standard politeness, with timeouts short enough for loopback tests. */
  static Politeness politeness() {
    return Politeness.standard().withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(4)).withDeadline(Duration.ofMinutes(2));
  }

  /** The default politeness with one session per service, for tests that follow the exact order of logins. */
  static Politeness oneSession() {
    return politeness().withConnectionCaps(politeness().maxConnectionsPerDevice(), 1);
  }

  static CheckContext context(Politeness politeness, Fact... facts) {
    return TestContexts.context(TARGET, Facts.of(List.of(facts)), politeness);
  }

  static Finding only(CheckResult result) {
    if (result.findings().size() != 1) {
      throw new AssertionError("expected one finding, got " + result.findings());
    }
    return result.findings().getFirst();
  }

  static Optional<CredentialEvidence> credential(Finding f) {
    return f.evidence().stream().filter(CredentialEvidence.class::isInstance).map(CredentialEvidence.class::cast).findFirst();
  }

  /** Every evidence item rendered without secrets, as a report would show it. */
  static String rendered(Finding f) {
    List<String> out = new ArrayList<>();
    for (Evidence e : f.evidence()) {
      switch (e) {
        case dev.iotcop.engine.evidence.Transcript t -> t.lines().forEach(l -> out.add(l.render(false)));
        case CredentialEvidence c -> out.add(c.username() + " " + c.password().render(false) + " " + c.proof());
        default -> out.add(e.toString());
      }
    }
    out.addAll(f.messageArgs());
    return String.join("\n", out);
  }
}
