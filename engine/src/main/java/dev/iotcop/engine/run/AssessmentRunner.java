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
import dev.iotcop.engine.check.FactExchange;
import dev.iotcop.engine.check.FactKind;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

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
    Schedule schedule = new Schedule(Planner.of(checks), target);
    BlockingQueue<Event> events = new LinkedBlockingQueue<>();

    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Run> running = new ArrayList<>();
      while (true) {
        for (Run r : schedule.startable()) {
          r.context = new CheckContext(target, schedule.forRun(r.check, r.subject), politeness, deadline, gate, logins,
              progress, clock, new RunExchange(r, events, deadline));
          progress.started(r.check.descriptor(), r.subject);
          r.future = pool.submit(() -> events.add(new Completed(r, outcome(r, times, origin))));
          running.add(r);
        }
        schedule.answerRequests();
        if (running.isEmpty()) {
          schedule.requireFinished();
          break;
        }
        Event next = events.poll(deadline.remaining().toMillis() + GRACE_MILLIS, TimeUnit.MILLISECONDS);
        if (next == null) {
          for (Run r : running) {
            r.future.cancel(true);
            schedule.finish(r, CheckResult.of(inconclusive(r.check.descriptor(), r.subject, KEY_DEADLINE, "deadline")));
          }
          running.clear();
          continue;
        }
        // A run given up at the deadline may still finish later; what it says then came too late to count.
        switch (next) {
          case Completed c when !c.run.done -> {
            running.remove(c.run);
            schedule.finish(c.run, c.result);
          }
          case Shared s when !s.run.done -> schedule.share(s.run, s.facts);
          case Requested q -> schedule.request(q);
          default -> { }
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
  private static CheckResult outcome(Run r, List<RunTime> times, long origin) {
    CheckDescriptor d = r.check.descriptor();
    long t0 = System.nanoTime();
    try {
      CheckResult result = r.check.run(r.context, r.subject);
      requireDeclared(r, result.facts());
      return result;
    } catch (DeadlineExceededException e) {
      return CheckResult.of(inconclusive(d, r.subject, KEY_DEADLINE, "deadline"));
    } catch (InterruptedException e) {
      // Only the runner interrupts a run, when it gives up on it; this result is then ignored.
      Thread.currentThread().interrupt();
      return CheckResult.of(inconclusive(d, r.subject, KEY_ERROR, "interrupted"));
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

  /** Other checks wait only for what a check declares, so a fact it did not declare would reach them by chance. */
  private static void requireDeclared(Run r, List<? extends Fact> facts) {
    for (Fact f : facts) {
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

  /** What runs tell the runner's thread, in the order they said it. */
  private sealed interface Event {}

  private record Completed(Run run, CheckResult result) implements Event {}

  private record Shared(Run run, List<Fact> facts) implements Event {}

  private record Requested(Run run, Predicate<Facts> decided, CompletableFuture<Facts> answer) implements Event {}

  /** The facts a run trades with the runner while it runs, passed through the runner's thread. */
  private record RunExchange(Run run, BlockingQueue<Event> events, Deadline deadline) implements FactExchange {
    @Override
    public void share(List<? extends Fact> facts) {
      requireDeclared(run, facts);
      events.add(new Shared(run, List.copyOf(facts)));
    }

    @Override
    public Facts inFull(Predicate<Facts> decided) throws InterruptedException {
      CompletableFuture<Facts> answer = new CompletableFuture<>();
      events.add(new Requested(run, decided, answer));
      try {
        return answer.get(deadline.remaining().toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException | CancellationException e) {
        throw new DeadlineExceededException(deadline.at());
      } catch (ExecutionException e) {
        throw new IllegalStateException("the facts asked for could not be gathered", e.getCause());
      } finally {
        answer.cancel(false);
      }
    }
  }

  /** One check on one subject; {@code context} and {@code future} are set when it starts. */
  private static final class Run {
    final Check check;
    final Subject subject;
    /** What the run has shared so far. */
    final List<Fact> shared = new ArrayList<>();
    CheckContext context;
    Future<?> future;
    boolean started;
    boolean done;

    Run(Check check, Subject subject) {
      this.check = check;
      this.subject = subject;
    }

    /** Whether the run has shared a fact of {@code kind} about the service {@code subject}, so adds no other. */
    boolean sharedAbout(FactKind kind, Subject subject) {
      return subject instanceof Subject.Service s && shared.stream()
          .anyMatch(f -> kind.includes(f) && f.concerning().filter(x -> x.sameEndpoint(s)).isPresent());
    }
  }

  /**
   * What has run and what may start, for one assessment; used by the runner's thread only. A check chooses its subjects
   * once the producers of everything it needs in full have finished, and again as facts it needs for each subject
   * arrive, until their producers have finished too (then it is settled); each run then starts once the producers of
   * the facts it needs about its own subject are done with that subject.
   */
  private static final class Schedule {
    private final Planner plan;
    private final Target target;
    private final Map<Check, List<Run>> runs = new HashMap<>();
    /** Checks whose subjects are final: chosen from complete facts. */
    private final Set<Check> settled = new HashSet<>();
    private final List<Requested> requests = new ArrayList<>();
    final List<Finding> findings = new ArrayList<>();
    Facts facts = Facts.empty();

    Schedule(Planner plan, Target target) {
      this.plan = plan;
      this.target = target;
    }

    /** The runs that may start now, marked started. */
    List<Run> startable() {
      boolean changed = true;
      while (changed) {
        changed = false;
        for (Check c : plan.order()) {
          if (settled.contains(c) || !canChooseSubjects(c)) {
            continue;
          }
          // Judged before choosing, so that a choice made now saw every fact there will be.
          boolean complete = producersDone(c, Need.Reach.EACH);
          List<Run> mine = runs.computeIfAbsent(c, k -> new ArrayList<>());
          for (Subject s : c.subjects(target, forChoosingSubjects(c))) {
            if (mine.stream().noneMatch(r -> r.subject.equals(s))) {
              if (!complete && !(s instanceof Subject.Service)) {
                throw new IllegalStateException(c.descriptor().id() + " chose " + s.label()
                    + " before the facts it needs for each service were complete; only services may be chosen early");
              }
              mine.add(new Run(c, s));
              changed = true;
            }
          }
          if (complete) {
            settled.add(c);
            changed = true;
          }
        }
      }
      List<Run> out = new ArrayList<>();
      for (Check c : plan.order()) {
        for (Run r : runs.getOrDefault(c, List.of())) {
          if (!r.started && canStart(r)) {
            r.started = true;
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

    void share(Run r, List<Fact> shared) {
      r.shared.addAll(shared);
      facts = facts.plus(shared);
    }

    void request(Requested q) {
      requests.add(q);
    }

    /**
     * Answers the runs waiting for facts in full whose producers are all done, or whose question the facts known so far
     * already decide, and forgets those given up.
     */
    void answerRequests() {
      for (var it = requests.iterator(); it.hasNext(); ) {
        Requested q = it.next();
        if (q.run.done) {
          q.answer.cancel(false);
          it.remove();
          continue;
        }
        Check c = q.run.check;
        Facts answer = forRun(c, q.run.subject).plus(facts.filter(f -> c.descriptor().requires().stream()
            .anyMatch(n -> n.reach() == Need.Reach.ON_REQUEST && n.kind().includes(f))).asSet());
        try {
          if (producersDone(c, Need.Reach.ON_REQUEST) || q.decided.test(answer)) {
            q.answer.complete(answer);
            it.remove();
          }
        } catch (RuntimeException e) {
          q.answer.completeExceptionally(e);
          it.remove();
        }
      }
    }

    void requireFinished() {
      List<String> stuck = plan.order().stream()
          .filter(c -> !settled.contains(c) || runs.get(c).stream().anyMatch(r -> !r.done))
          .map(c -> c.descriptor().id()).toList();
      if (!stuck.isEmpty()) {
        throw new IllegalStateException("checks could not start: " + stuck);
      }
    }

    private boolean canChooseSubjects(Check c) {
      return producersDone(c, Need.Reach.ALL);
    }

    /** Whether every producer of the needs of {@code c} with {@code reach} has settled and finished all its runs. */
    private boolean producersDone(Check c, Need.Reach reach) {
      for (Need n : c.descriptor().requires()) {
        if (n.reach() == reach) {
          for (Check p : plan.producers(c, n)) {
            if (!finished(p)) {
              return false;
            }
          }
        }
      }
      return true;
    }

    private boolean finished(Check p) {
      return settled.contains(p) && runs.get(p).stream().allMatch(r -> r.done);
    }

    private boolean canStart(Run r) {
      for (Need n : r.check.descriptor().requires()) {
        for (Check p : plan.producers(r.check, n)) {
          List<Run> produced = runs.getOrDefault(p, List.of());
          boolean ready = switch (n.reach()) {
            case ALL, ON_REQUEST -> true;
            case OWN_SUBJECT -> settled.contains(p)
                && produced.stream().noneMatch(pr -> !pr.done && mayOverlap(pr.subject, r.subject));
            // A producer whose subjects still grow has its say about a service in its run on that service.
            case EACH -> (settled.contains(p) || produced.stream().anyMatch(pr -> sameEndpoint(pr.subject, r.subject)))
                && produced.stream().noneMatch(pr -> !pr.done && mayOverlap(pr.subject, r.subject)
                    && !pr.sharedAbout(n.kind(), r.subject));
          };
          if (!ready) {
            return false;
          }
        }
      }
      return true;
    }

    /** The facts {@code c} chooses its subjects from: those of the kinds it needs in full or for each subject. */
    private Facts forChoosingSubjects(Check c) {
      return facts.filter(f -> c.descriptor().requires().stream()
          .anyMatch(n -> (n.reach() == Need.Reach.ALL || n.reach() == Need.Reach.EACH) && n.kind().includes(f)));
    }

    /**
     * The facts a run of {@code c} on {@code subject} sees: those it needs in full, and those about its subject of the
     * kinds it needs for its subject.
     */
    Facts forRun(Check c, Subject subject) {
      return facts.filter(f -> c.descriptor().requires().stream().anyMatch(n -> n.kind().includes(f) && switch (n.reach()) {
        case ALL -> true;
        case OWN_SUBJECT, EACH -> f.concerning().map(s -> mayOverlap(s, subject)).orElse(true);
        case ON_REQUEST -> false;
      }));
    }
  }

  private static boolean sameEndpoint(Subject a, Subject b) {
    return a instanceof Subject.Service sa && b instanceof Subject.Service sb && sa.sameEndpoint(sb);
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
