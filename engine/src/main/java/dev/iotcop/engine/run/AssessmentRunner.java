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
import dev.iotcop.engine.check.Need;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs checks on one target, each (check, subject) pair on its own virtual thread as soon as the facts it needs are
 * known (see {@link Planner} and {@link Need}), within the target's politeness limits and deadline. A check sees only
 * the kinds of fact it declared it needs. A check that fails to finish yields an INCONCLUSIVE finding with the reason,
 * never silence.
 */
public final class AssessmentRunner {
  public static final String KEY_DEADLINE = "engine.inconclusive.deadline";
  public static final String KEY_ERROR = "engine.inconclusive.error";
  /** A little grace beyond the deadline lets checks that honour it finish and report what they saw. */
  private static final long GRACE_MILLIS = 2000;

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
            politeness.sessionLinger(), politeness.lingerAfterDeviceClosed(), deadline);
    AssessmentLoginBudget logins =
        new AssessmentLoginBudget(politeness.maxLoginAttemptsPerService(), politeness.maxFailuresPerAccount());
    Map<String, CheckDescriptor> descriptors = new LinkedHashMap<>();
    checks.forEach(c -> descriptors.put(c.descriptor().id(), c.descriptor()));
    List<RunTime> times = java.util.Collections.synchronizedList(new ArrayList<>());
    long origin = System.nanoTime();
    Schedule schedule = new Schedule(Planner.of(checks), target,
        facts -> new CheckContext(target, facts, politeness, deadline, gate, logins, progress, clock));

    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      CompletionService<Completed> completions = new ExecutorCompletionService<>(pool);
      List<Run> running = new ArrayList<>();
      while (true) {
        for (Run r : schedule.startable()) {
          progress.started(r.check.descriptor(), r.subject);
          r.future = completions.submit(() -> new Completed(r, outcome(r, times, origin)));
          running.add(r);
        }
        if (running.isEmpty()) {
          schedule.requireFinished();
          break;
        }
        Future<Completed> next = completions.poll(deadline.remaining().toMillis() + GRACE_MILLIS, TimeUnit.MILLISECONDS);
        if (next == null) {
          for (Run r : running) {
            r.future.cancel(true);
            schedule.finish(r, CheckResult.of(inconclusive(r.check.descriptor(), r.subject, KEY_DEADLINE, "deadline")));
          }
          running.clear();
          continue;
        }
        Completed c = completed(next);
        // A run given up at the deadline may still finish later; its result came too late to count.
        if (c != null && !c.run.done) {
          running.remove(c.run);
          schedule.finish(c.run, c.result);
        }
      }
    }
    List<Finding> findings = new ArrayList<>(schedule.findings);
    findings.sort(Comparator.comparing((Finding f) -> f.checkId())
        .thenComparing(f -> f.subject().label())
        .thenComparing(Finding::messageKey)
        .thenComparing(f -> String.join(",", f.messageArgs())));
    return new AssessmentResult(target, started, Duration.between(started, clock.instant()), findings, schedule.facts,
        descriptors, sortedByStart(times), gate.peakOpen());
  }

  /** Runs one check on one subject; whatever goes wrong becomes an INCONCLUSIVE finding with the reason. */
  private static CheckResult outcome(Run r, List<RunTime> times, long origin) throws InterruptedException {
    CheckDescriptor d = r.check.descriptor();
    long t0 = System.nanoTime();
    try {
      CheckResult result = r.check.run(r.context, r.subject);
      requireDeclared(r, result);
      return result;
    } catch (DeadlineExceededException e) {
      return CheckResult.of(inconclusive(d, r.subject, KEY_DEADLINE, "deadline"));
    } catch (RuntimeException | Error e) {
      // A broken check must not take the assessment with it, nor leave its run waiting for the deadline.
      String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      return CheckResult.of(inconclusive(d, r.subject, KEY_ERROR, reason));
    } finally {
      times.add(new RunTime(d.id(), r.subject, Duration.ofNanos(t0 - origin), Duration.ofNanos(System.nanoTime() - t0)));
    }
  }

  private static List<RunTime> sortedByStart(List<RunTime> times) {
    synchronized (times) {
      return times.stream().sorted(Comparator.comparing(RunTime::start).thenComparing(RunTime::checkId)).toList();
    }
  }

  /** The finished run of {@code done}, or null when it was cancelled at the deadline (and already given up). */
  private static Completed completed(Future<Completed> done) throws InterruptedException {
    try {
      return done.get();
    } catch (CancellationException | ExecutionException e) {
      return null;
    }
  }

  /** Other checks wait only for what a check declares, so a fact it did not declare would reach them by chance. */
  private static void requireDeclared(Run r, CheckResult result) {
    for (Fact f : result.facts()) {
      if (r.check.descriptor().produces().stream().noneMatch(k -> k.includes(f))) {
        throw new IllegalStateException("the check produced a kind of fact it does not declare: " + f.getClass().getSimpleName());
      }
      if (r.subject instanceof Subject.Service s && f.concerning().filter(x -> !x.sameEndpoint(s)).isPresent()) {
        throw new IllegalStateException("the check on " + s.label() + " produced a fact about another service");
      }
    }
  }

  private static Finding inconclusive(CheckDescriptor d, Subject subject, String key, String reason) {
    return new Finding(d.id(), Outcome.INCONCLUSIVE, d.provisions(), subject, key, List.of(d.id(), reason),
        List.of(Observation.of("reason", reason)), Confidence.HIGH);
  }

  private record Completed(Run run, CheckResult result) {}

  /** One check on one subject; {@code context} and {@code future} are set when it starts. */
  private static final class Run {
    final Check check;
    final Subject subject;
    CheckContext context;
    Future<Completed> future;
    boolean started;
    boolean done;

    Run(Check check, Subject subject) {
      this.check = check;
      this.subject = subject;
    }
  }

  /**
   * What has run and what may start, for one assessment; used by the runner's thread only. A check chooses its subjects
   * once the producers of everything it needs in full have finished; each run then starts once the producers of the
   * facts it needs about its own subject are done with that subject.
   */
  private static final class Schedule {
    private final Planner plan;
    private final Target target;
    private final java.util.function.Function<Facts, CheckContext> contexts;
    private final Map<Check, List<Run>> runs = new HashMap<>();
    final List<Finding> findings = new ArrayList<>();
    Facts facts = Facts.empty();

    Schedule(Planner plan, Target target, java.util.function.Function<Facts, CheckContext> contexts) {
      this.plan = plan;
      this.target = target;
      this.contexts = contexts;
    }

    /** The runs that may start now, marked started, each with the facts it may see. */
    List<Run> startable() {
      List<Run> out = new ArrayList<>();
      boolean changed = true;
      while (changed) {
        changed = false;
        for (Check c : plan.order()) {
          if (!runs.containsKey(c) && canChooseSubjects(c)) {
            List<Run> mine = new ArrayList<>();
            for (Subject s : c.subjects(target, forChoosingSubjects(c))) {
              mine.add(new Run(c, s));
            }
            runs.put(c, mine);
            changed = true;
          }
        }
      }
      for (Check c : plan.order()) {
        for (Run r : runs.getOrDefault(c, List.of())) {
          if (!r.started && canStart(r)) {
            r.started = true;
            r.context = contexts.apply(forRun(c, r.subject));
            out.add(r);
          }
        }
      }
      return out;
    }

    void finish(Run r, CheckResult result) {
      r.done = true;
      findings.addAll(result.findings());
      facts = facts.plus(result.facts());
    }

    void requireFinished() {
      List<String> stuck = plan.order().stream()
          .filter(c -> !runs.containsKey(c) || runs.get(c).stream().anyMatch(r -> !r.done))
          .map(c -> c.descriptor().id()).toList();
      if (!stuck.isEmpty()) {
        throw new IllegalStateException("checks could not start: " + stuck);
      }
    }

    private boolean canChooseSubjects(Check c) {
      for (Need n : c.descriptor().requires()) {
        for (Check p : plan.producers(c, n)) {
          List<Run> produced = runs.get(p);
          if (produced == null || (n.reach() == Need.Reach.ALL && produced.stream().anyMatch(r -> !r.done))) {
            return false;
          }
        }
      }
      return true;
    }

    private boolean canStart(Run r) {
      for (Need n : r.check.descriptor().requires()) {
        if (n.reach() == Need.Reach.OWN_SUBJECT) {
          for (Check p : plan.producers(r.check, n)) {
            if (runs.get(p).stream().anyMatch(pr -> !pr.done && mayOverlap(pr.subject, r.subject))) {
              return false;
            }
          }
        }
      }
      return true;
    }

    /** The facts {@code c} chooses its subjects from: those of the kinds it needs in full. */
    private Facts forChoosingSubjects(Check c) {
      return facts.filter(f -> c.descriptor().requires().stream()
          .anyMatch(n -> n.reach() == Need.Reach.ALL && n.kind().includes(f)));
    }

    /** The facts a run of {@code c} on {@code subject} sees: those it needs in full, and those about its subject. */
    private Facts forRun(Check c, Subject subject) {
      return facts.filter(f -> c.descriptor().requires().stream().anyMatch(n -> n.kind().includes(f)
          && (n.reach() == Need.Reach.ALL || f.concerning().map(s -> mayOverlap(s, subject)).orElse(true))));
    }
  }

  /** Whether facts gathered on one subject may be about the other: the same service, or a device and its services. */
  static boolean mayOverlap(Subject a, Subject b) {
    return switch (a) {
      case Subject.Service sa -> switch (b) {
        case Subject.Service sb -> sa.sameEndpoint(sb);
        case Subject.Device db -> sa.address().equals(db.address());
        default -> true;
      };
      case Subject.Device da -> switch (b) {
        case Subject.Service sb -> sb.address().equals(da.address());
        case Subject.Device db -> da.address().equals(db.address());
        default -> true;
      };
      default -> true;
    };
  }
}
