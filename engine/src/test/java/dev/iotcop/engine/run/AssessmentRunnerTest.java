package dev.iotcop.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iotcop.engine.Outcome;
import dev.iotcop.engine.Target;
import dev.iotcop.engine.check.Check;
import dev.iotcop.engine.check.Politeness;
import dev.iotcop.engine.check.ProgressSink;
import dev.iotcop.engine.fact.ServiceFact;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssessmentRunnerTest {
  private final Target.NetworkDevice target = new Target.NetworkDevice("test", InetAddress.getLoopbackAddress(), Optional.empty());

  @Test
  void planOrdersChecksByTheFactsTheyNeed() {
    List<List<Check>> stages = Planner.stages(List.of(new FakeChecks.TelnetFailer(Outcome.FAIL), new FakeChecks.Identifier(),
        new FakeChecks.PortFinder()));
    assertThat(stages).extracting(s -> s.getFirst().descriptor().id()).containsExactly("test.ports", "test.identify", "test.telnet");
  }

  @Test
  void planRejectsCycles() {
    Check a = new Check() {
      @Override
      public dev.iotcop.engine.check.CheckDescriptor descriptor() {
        return FakeChecks.descriptor("test.a", java.util.Set.of(ServiceFact.class), java.util.Set.of(dev.iotcop.engine.fact.OpenPort.class));
      }

      @Override
      public List<? extends dev.iotcop.engine.Subject> subjects(Target t, dev.iotcop.engine.fact.Facts f) {
        return List.of();
      }

      @Override
      public dev.iotcop.engine.check.CheckResult run(dev.iotcop.engine.check.CheckContext c, dev.iotcop.engine.Subject s) {
        return dev.iotcop.engine.check.CheckResult.empty();
      }
    };
    assertThatThrownBy(() -> Planner.stages(List.of(a, new FakeChecks.Identifier()))).hasMessageContaining("cycle");
  }

  @Test
  void factsFlowFromStageToStageAndChecksRunPerSubject() throws Exception {
    AssessmentResult r = new AssessmentRunner(Clock.systemUTC()).run(target,
        List.of(new FakeChecks.PortFinder(), new FakeChecks.Identifier(), new FakeChecks.TelnetFailer(Outcome.FAIL)),
        Politeness.standard(), ProgressSink.NONE);
    assertThat(r.facts().services("telnet")).hasSize(2);
    assertThat(r.findings()).hasSize(2).allMatch(f -> f.outcome() == Outcome.FAIL);
    assertThat(r.findings()).extracting(f -> f.subject().label()).containsExactly("127.0.0.1:23/tcp telnet", "127.0.0.1:80/tcp telnet");
    assertThat(r.checks()).containsKeys("test.ports", "test.identify", "test.telnet");
  }

  @Test
  void aCheckRunningPastTheDeadlineBecomesInconclusive() throws Exception {
    long t0 = System.nanoTime();
    AssessmentResult r = new AssessmentRunner(Clock.systemUTC()).run(target, List.of(new FakeChecks.Sleeper()),
        Politeness.standard().withDeadline(Duration.ofMillis(200)), ProgressSink.NONE);
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
      assertThat(f.messageKey()).isEqualTo(AssessmentRunner.KEY_DEADLINE);
      assertThat(f.provisions()).containsExactly("5.1-1");
    });
  }

  @Test
  void anUnexpectedErrorBecomesInconclusiveWithItsReason() throws Exception {
    AssessmentResult r = new AssessmentRunner(Clock.systemUTC()).run(target, List.of(new FakeChecks.Crasher()), Politeness.standard(),
        ProgressSink.NONE);
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
      assertThat(f.messageArgs()).contains("IllegalStateException: boom");
    });
  }
}
