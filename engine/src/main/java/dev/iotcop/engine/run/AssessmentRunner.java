package dev.iotcop.engine.run;

import dev.iotcop.engine.Confidence;
import dev.iotcop.engine.Finding;
import dev.iotcop.engine.Outcome;
import dev.iotcop.engine.Subject;
import dev.iotcop.engine.Target;
import dev.iotcop.engine.check.Check;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.engine.check.CheckDescriptor;
import dev.iotcop.engine.check.CheckResult;
import dev.iotcop.engine.check.Deadline;
import dev.iotcop.engine.check.DeadlineExceededException;
import dev.iotcop.engine.check.Politeness;
import dev.iotcop.engine.check.ProgressSink;
import dev.iotcop.engine.evidence.Observation;
import dev.iotcop.engine.fact.Fact;
import dev.iotcop.engine.fact.Facts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs checks on one target, stage by stage as the {@link Planner} orders them, each (check, subject) pair on its own
 * virtual thread, within the target's politeness limits and deadline. A check that fails to finish yields an
 * INCONCLUSIVE finding with the reason, never silence.
 */
public final class AssessmentRunner {
  public static final String KEY_DEADLINE = "engine.inconclusive.deadline";
  public static final String KEY_ERROR = "engine.inconclusive.error";

  private final Clock clock;

  public AssessmentRunner(Clock clock) {
    this.clock = clock;
  }

  public AssessmentResult run(Target target, List<Check> checks, Politeness politeness, ProgressSink progress)
      throws InterruptedException {
    Instant started = clock.instant();
    Deadline deadline = Deadline.in(politeness.deadline(), clock);
    SemaphoreConnectionGate gate =
        new SemaphoreConnectionGate(politeness.maxConnectionsPerDevice(), politeness.maxConnectionsPerService(),
            politeness.sessionLinger(), deadline);
    AssessmentLoginBudget logins =
        new AssessmentLoginBudget(politeness.maxLoginAttemptsPerService(), politeness.maxFailuresPerAccount());
    Map<String, CheckDescriptor> descriptors = new LinkedHashMap<>();
    checks.forEach(c -> descriptors.put(c.descriptor().id(), c.descriptor()));
    Map<String, Duration> times = new ConcurrentHashMap<>();

    Facts facts = Facts.empty();
    List<Finding> findings = new ArrayList<>();
    List<List<Check>> stages = Planner.stages(checks);
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (List<Check> stage : stages) {
        CheckContext ctx = new CheckContext(target, facts, politeness, deadline, gate, logins, progress, clock);
        List<Pending> pending = new ArrayList<>();
        for (Check check : stage) {
          for (Subject subject : check.subjects(target, facts)) {
            pending.add(new Pending(check, subject, pool.submit(() -> timed(check, ctx, subject, times))));
          }
        }
        List<Fact> newFacts = new ArrayList<>();
        for (Pending p : pending) {
          CheckResult r = await(p, deadline);
          findings.addAll(r.findings());
          newFacts.addAll(r.facts());
        }
        facts = facts.plus(newFacts);
      }
    }
    findings.sort(Comparator.comparing((Finding f) -> f.checkId())
        .thenComparing(f -> f.subject().label())
        .thenComparing(Finding::messageKey)
        .thenComparing(f -> String.join(",", f.messageArgs())));
    return new AssessmentResult(target, started, Duration.between(started, clock.instant()), findings, facts, descriptors,
        times, gate.peakOpen());
  }

  private CheckResult timed(Check check, CheckContext ctx, Subject subject, Map<String, Duration> times)
      throws InterruptedException {
    long t0 = System.nanoTime();
    try {
      return check.run(ctx, subject);
    } finally {
      times.merge(check.descriptor().id(), Duration.ofNanos(System.nanoTime() - t0), Duration::plus);
    }
  }

  private static CheckResult await(Pending p, Deadline deadline) throws InterruptedException {
    CheckDescriptor d = p.check.descriptor();
    try {
      // A little grace beyond the deadline lets checks that honour it finish and report what they saw.
      return p.future.get(deadline.remaining().toMillis() + 2000, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      p.future.cancel(true);
      return CheckResult.of(inconclusive(d, p.subject, KEY_DEADLINE, "deadline"));
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof DeadlineExceededException) {
        return CheckResult.of(inconclusive(d, p.subject, KEY_DEADLINE, "deadline"));
      }
      String reason = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
      return CheckResult.of(inconclusive(d, p.subject, KEY_ERROR, reason));
    }
  }

  private static Finding inconclusive(CheckDescriptor d, Subject subject, String key, String reason) {
    return new Finding(d.id(), Outcome.INCONCLUSIVE, d.provisions(), subject, key, List.of(d.id(), reason),
        List.of(Observation.of("reason", reason)), Confidence.HIGH);
  }

  private record Pending(Check check, Subject subject, Future<CheckResult> future) {}
}
