package dev.iotcop.engine.run;

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
import dev.iotcop.engine.fact.Facts;
import dev.iotcop.engine.fact.OpenPort;
import dev.iotcop.engine.fact.ServiceFact;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small checks with scripted behaviour for runner and planner tests. */
final class FakeChecks {
  private FakeChecks() {}

  static CheckDescriptor descriptor(String id, Set<Need> requires, Set<FactKind> produces) {
    return new CheckDescriptor(id, CheckKind.NETWORK, List.of("5.1-1"), List.of(), requires, produces, List.of("check." + id + ".x"));
  }

  /** Finds two open ports on the device. */
  record PortFinder() implements Check {
    @Override
    public CheckDescriptor descriptor() {
      return FakeChecks.descriptor("test.ports", Set.of(), Set.of(FactKind.tcp(OpenPort.class)));
    }

    @Override
    public List<? extends Subject> subjects(Target target, Facts facts) {
      return List.of(((Target.NetworkDevice) target).subject());
    }

    @Override
    public CheckResult run(CheckContext context, Subject subject) {
      String a = ((Subject.Device) subject).address();
      return CheckResult.facts(List.of(new OpenPort(a, 23, Transport.TCP), new OpenPort(a, 80, Transport.TCP)));
    }
  }

  /** Turns open ports into telnet services. */
  record Identifier() implements Check {
    @Override
    public CheckDescriptor descriptor() {
      return FakeChecks.descriptor("test.identify", Set.of(Need.tcp(OpenPort.class)), Set.of(FactKind.tcp(ServiceFact.class)));
    }

    @Override
    public List<? extends Subject> subjects(Target target, Facts facts) {
      return facts.all(OpenPort.class).stream().map(p -> new Subject.Service(p.address(), p.port(), p.transport(), "unknown")).toList();
    }

    @Override
    public CheckResult run(CheckContext context, Subject subject) {
      Subject.Service s = (Subject.Service) subject;
      return CheckResult.facts(List.of(new ServiceFact(new Subject.Service(s.address(), s.port(), s.transport(), "telnet"), false, "", "", "",
          Map.of())));
    }
  }

  /** Fails on every telnet service. */
  record TelnetFailer(Outcome outcome) implements Check {
    @Override
    public CheckDescriptor descriptor() {
      return FakeChecks.descriptor("test.telnet", Set.of(Need.all(ServiceFact.class)), Set.of());
    }

    @Override
    public List<? extends Subject> subjects(Target target, Facts facts) {
      return facts.serviceSubjects("telnet");
    }

    @Override
    public CheckResult run(CheckContext context, Subject subject) {
      return CheckResult.of(new Finding(descriptor().id(), outcome, List.of("5.1-1"), subject, "check.test.telnet.x", List.of(), List.of(),
          Confidence.HIGH));
    }
  }

  /** Sleeps far beyond any deadline unless interrupted. */
  record Sleeper() implements Check {
    @Override
    public CheckDescriptor descriptor() {
      return FakeChecks.descriptor("test.sleep", Set.of(), Set.of());
    }

    @Override
    public List<? extends Subject> subjects(Target target, Facts facts) {
      return List.of(((Target.NetworkDevice) target).subject());
    }

    @Override
    public CheckResult run(CheckContext context, Subject subject) throws InterruptedException {
      Thread.sleep(60_000);
      return CheckResult.empty();
    }
  }

  /** Throws an unexpected exception. */
  record Crasher() implements Check {
    @Override
    public CheckDescriptor descriptor() {
      return FakeChecks.descriptor("test.crash", Set.of(), Set.of());
    }

    @Override
    public List<? extends Subject> subjects(Target target, Facts facts) {
      return List.of(((Target.NetworkDevice) target).subject());
    }

    @Override
    public CheckResult run(CheckContext context, Subject subject) {
      throw new IllegalStateException("boom");
    }
  }
}
