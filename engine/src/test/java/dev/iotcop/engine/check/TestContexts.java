package dev.iotcop.engine.check;

import dev.iotcop.engine.Target;
import dev.iotcop.engine.fact.Facts;
import dev.iotcop.engine.run.AssessmentLoginBudget;
import dev.iotcop.engine.run.SemaphoreConnectionGate;
import java.time.Clock;
import java.time.Duration;

/** Check contexts for tests, with the runner's real gate and budget behind them. */
public final class TestContexts {
  private TestContexts() {}

  public static CheckContext context(Target target, Facts facts, Politeness politeness) {
    Clock clock = Clock.systemUTC();
    Deadline deadline = Deadline.in(politeness.deadline(), clock);
    return new CheckContext(target, facts, politeness, deadline,
        new SemaphoreConnectionGate(politeness.maxConnectionsPerDevice(), politeness.maxConnectionsPerService(),
            politeness.sessionLinger(), politeness.lingerAfterDeviceClosed(), deadline),
        new AssessmentLoginBudget(politeness.maxLoginAttemptsPerService(), politeness.maxFailuresPerAccount()),
        ProgressSink.NONE, clock);
  }

  /** A context whose deadline has already passed; read timeouts are long so a check that ignores it is caught. */
  public static CheckContext expired(Target target, Facts facts) {
    Clock clock = Clock.systemUTC();
    Politeness p = Politeness.standard().withTimeouts(Duration.ofSeconds(30), Duration.ofSeconds(30));
    Deadline deadline = new Deadline(clock.instant().minusSeconds(1), clock);
    return new CheckContext(target, facts, p, deadline,
        new SemaphoreConnectionGate(p.maxConnectionsPerDevice(), p.maxConnectionsPerService(), p.sessionLinger(),
            p.lingerAfterDeviceClosed(), deadline),
        new AssessmentLoginBudget(p.maxLoginAttemptsPerService(), p.maxFailuresPerAccount()), ProgressSink.NONE, clock);
  }
}
