package dev.iotcop.net.check.credentials;

import dev.iotcop.engine.Confidence;
import dev.iotcop.engine.Finding;
import dev.iotcop.engine.Outcome;
import dev.iotcop.engine.Subject;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.engine.check.CheckDescriptor;
import dev.iotcop.engine.check.CheckResult;
import dev.iotcop.engine.evidence.CredentialEvidence;
import dev.iotcop.engine.evidence.Evidence;
import dev.iotcop.engine.evidence.Observation;
import dev.iotcop.engine.evidence.Secret;
import dev.iotcop.engine.fact.Fact;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The procedure every default-credentials check follows on one login. First a control: a made-up user name with a random
 * password must be turned down, proving that the service checks credentials (if it lets the control in, it accepts any
 * password, which is reported as such and no default is tried). Then the bounded list of {@link CredentialSchedule},
 * each attempt reserved in the login budget first and preceded by the politeness pause, on as many sessions side by
 * side as the per-service connection cap allows when the login mechanism permits (one in gentle mode), stopping at the
 * first success (a session already waiting for its answer finishes). Lockout or throttling signs stop everything and
 * are shared through the login budget. PASS only when the control was turned down and every pair of the list was tried
 * and turned down.
 */
final class DefaultCredentialTrial {
  /** Product-specific pairs tried at most, before the generic ones. */
  static final int PRODUCT_LIMIT = 4;
  /** Generic pairs of the service tried at most. */
  static final int GENERIC_LIMIT = 8;

  static final String FOUND = "found";
  static final String ANY_PASSWORD = "any-password";
  static final String NO_AUTHENTICATION = "no-authentication";
  static final String REJECTED = "rejected";
  static final String CONTROL_UNDETERMINED = "control-undetermined";
  static final String BUDGET = "budget";
  static final String LOCKOUT = "lockout";
  static final String UNREACHABLE = "unreachable";
  static final String UNDETERMINED = "undetermined";
  /** The message suffixes every default-credentials check uses. */
  static final List<String> SUFFIXES = List.of(FOUND, ANY_PASSWORD, NO_AUTHENTICATION, REJECTED, CONTROL_UNDETERMINED, BUDGET,
      LOCKOUT, UNREACHABLE, UNDETERMINED);

  private final CheckDescriptor descriptor;
  private final RandomCredentials random;

  DefaultCredentialTrial(CheckDescriptor descriptor, RandomCredentials random) {
    this.descriptor = descriptor;
    this.random = random;
  }

  /** The message keys of a default-credentials check: the common ones and {@code extra} suffixes. */
  static List<String> messageKeys(String checkId, String... extra) {
    List<String> keys = new ArrayList<>();
    SUFFIXES.forEach(s -> keys.add("check." + checkId + "." + s));
    for (String s : extra) {
      keys.add("check." + checkId + "." + s);
    }
    return keys;
  }

  CheckResult run(CheckContext ctx, Subject.Service service, LoginMechanism mechanism, List<DefaultCredential> productSpecific,
      List<DefaultCredential> generic) throws InterruptedException {
    ctx.deadline().check();
    Credential control = random.next();
    Optional<String> refused = ctx.logins().reserve(service, control.username());
    if (refused.isPresent()) {
      return CheckResult.of(finding(service, Outcome.INCONCLUSIVE, BUDGET, List.of("0", refused.get()), List.of()));
    }
    LoginTrial c = mechanism.attempt(ctx, control);
    ctx.logins().record(service, control.username(), c.accepted());
    switch (c.result()) {
      case ACCEPTED -> {
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(new CredentialEvidence(control.username(), new Secret(control.password()), true, c.detail()));
        evidence.addAll(c.evidence());
        return CheckResult.of(new Finding(descriptor.id(), Outcome.FAIL, descriptor.provisions(), service,
            descriptor.key(ANY_PASSWORD), List.of(c.detail()), evidence, mechanism.acceptanceConfidence()));
      }
      case NO_AUTHENTICATION -> {
        return CheckResult.of(new Finding(descriptor.id(), Outcome.FAIL, descriptor.provisions(), service,
            descriptor.key(NO_AUTHENTICATION), List.of(c.detail()), c.evidence(), Confidence.HIGH));
      }
      case LOCKED -> {
        ctx.logins().lockoutSeen(service, c.detail());
        return CheckResult.of(finding(service, Outcome.INCONCLUSIVE, LOCKOUT, List.of("0", c.detail()), c.evidence()));
      }
      case UNREACHABLE -> {
        return CheckResult.of(finding(service, Outcome.INCONCLUSIVE, UNREACHABLE, List.of(c.detail()), c.evidence()));
      }
      case UNDETERMINED -> {
        return CheckResult.of(finding(service, Outcome.INCONCLUSIVE, CONTROL_UNDETERMINED, List.of(c.detail()), c.evidence()));
      }
      case REJECTED -> { }
    }
    // How many failed logins each account may take here depends on every login service of the device: wait for all of
    // them, unless those found so far already put the share at its floor.
    int cap = ctx.politeness().maxFailuresPerAccount();
    CheckContext full = ctx.withFacts(ctx.factsInFull(known -> AccountBudget.settled(known, cap, service)));
    // A service that turns every user name down before asking for a password leaves nothing to guess.
    boolean guessable = c.passwordAsked();
    List<Evidence> controlEvidence = c.evidence();
    boolean passwordOnly = mechanism.ignoresUsername();
    CredentialSchedule schedule = new CredentialSchedule(byPassword(productSpecific, passwordOnly),
        byPassword(generic, passwordOnly), PRODUCT_LIMIT, GENERIC_LIMIT,
        Math.max(0, ctx.politeness().maxLoginAttemptsPerService() - 1));
    Guessing guessing = new Guessing(full, service, schedule, passwordOnly, c.elapsed());
    int lanes = mechanism.allowsConcurrentAttempts() ? Math.max(1, ctx.politeness().maxConnectionsPerService()) : 1;
    runLanes(lanes, () -> guess(full, mechanism, guessing));
    List<Fact> facts = guessable
        ? List.of(new AuthenticationFact(service, mechanism.name(), mechanism.location(), guessing.refusals(),
            guessing.end() instanceof Guessing.End.Found)) : List.of();
    int tried = guessing.tried();
    return switch (guessing.end()) {
      case Guessing.End.Found e -> result(found(service, mechanism, e.pair(), e.trial(), e.tried()), facts);
      case Guessing.End.Stopped e -> result(finding(service, Outcome.INCONCLUSIVE, e.suffix(),
          List.of(Integer.toString(e.tried()), e.reason()), e.evidence().isEmpty() ? controlEvidence : e.evidence()), facts);
      case Guessing.End.Exhausted _ when tried == 0 -> result(finding(service, Outcome.INCONCLUSIVE, BUDGET, List.of("0",
          "no default pair had failed-login budget left on this device"), controlEvidence), facts);
      case Guessing.End.Exhausted _ -> {
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(summary(schedule.handedOut(), c));
        evidence.addAll(controlEvidence);
        yield result(finding(service, Outcome.PASS, REJECTED, List.of(Integer.toString(tried)), evidence), facts);
      }
    };
  }

  /** One lane: pairs one after the other until the list is done or another lane found a reason to stop. */
  private static void guess(CheckContext ctx, LoginMechanism mechanism, Guessing guessing) throws InterruptedException {
    while (true) {
      pause(ctx);
      Optional<DefaultCredential> next = guessing.next();
      if (next.isEmpty()) {
        return;
      }
      DefaultCredential pair = next.get();
      guessing.record(pair, mechanism.attempt(ctx, pair.credential()));
    }
  }

  interface Lane {
    void run() throws InterruptedException;
  }

  /**
   * Runs {@code lanes} copies of {@code lane} side by side (one on the calling thread when there is one), each within
   * the connection gate like any other session, and returns when all are done. The first failure of a lane is thrown.
   */
  static void runLanes(int lanes, Lane lane) throws InterruptedException {
    if (lanes <= 1) {
      lane.run();
      return;
    }
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<Void>> running = new ArrayList<>();
      for (int i = 0; i < lanes; i++) {
        running.add(pool.submit(() -> {
          lane.run();
          return null;
        }));
      }
      for (Future<Void> f : running) {
        try {
          f.get();
        } catch (ExecutionException e) {
          running.forEach(other -> other.cancel(true));
          switch (e.getCause()) {
            case InterruptedException ie -> throw ie;
            case RuntimeException re -> throw re;
            case Error err -> throw err;
            case Throwable t -> throw new IllegalStateException(t);
          }
        }
      }
    }
  }

  private Finding found(Subject.Service service, LoginMechanism mechanism, DefaultCredential pair, LoginTrial t, int tried) {
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(new CredentialEvidence(pair.username(), new Secret(pair.password()), true, t.detail()));
    evidence.addAll(TranscriptSecrets.scrub(t.evidence(), pair.password()));
    evidence.add(Observation.of("vendor", pair.vendor().isEmpty() ? "(generic)" : pair.vendor(),
        "sources", String.join(", ", pair.sources()), "pairsTried", Integer.toString(tried)));
    String user = pair.username().isEmpty() ? "(none)" : pair.username();
    return new Finding(descriptor.id(), Outcome.FAIL, descriptor.provisions(), service, descriptor.key(FOUND),
        List.of(user, Integer.toString(tried), String.join(", ", pair.sources())), evidence, mechanism.acceptanceConfidence());
  }

  private static Observation summary(List<DefaultCredential> tried, LoginTrial control) {
    Set<String> accounts = new LinkedHashSet<>();
    Set<String> sources = new LinkedHashSet<>();
    tried.forEach(p -> {
      accounts.add(p.username().isEmpty() ? "(none)" : p.username());
      sources.addAll(p.sources());
    });
    Map<String, String> values = new LinkedHashMap<>();
    values.put("control", "random user name and password rejected: " + control.detail());
    values.put("pairsTried", Integer.toString(tried.size()));
    values.put("accounts", String.join(", ", accounts));
    values.put("sources", String.join(", ", sources));
    return new Observation(values);
  }

  private Finding finding(Subject.Service service, Outcome outcome, String suffix, List<String> args, List<Evidence> evidence) {
    return new Finding(descriptor.id(), outcome, descriptor.provisions(), service, descriptor.key(suffix), args, evidence,
        Confidence.HIGH);
  }

  private static CheckResult result(Finding finding, List<Fact> facts) {
    return new CheckResult(List.of(finding), facts);
  }

  /**
   * The account a guess is charged to: the user name, or for a login that asks only for a password the one password
   * the device has, so such a device gets no more failed guesses than one account would.
   */
  static String account(String username, boolean passwordOnly) {
    return passwordOnly ? "" : username;
  }

  /** With a password-only login, keeps the first pair of each password. */
  private static List<DefaultCredential> byPassword(List<DefaultCredential> pairs, boolean passwordOnly) {
    if (!passwordOnly) {
      return pairs;
    }
    Map<String, DefaultCredential> first = new LinkedHashMap<>();
    pairs.forEach(p -> first.putIfAbsent(p.password(), p));
    return List.copyOf(first.values());
  }

  /** The politeness pause between attempts, never past the deadline. */
  static void pause(CheckContext ctx) throws InterruptedException {
    Duration p = ctx.deadline().cap(ctx.politeness().pauseBetweenAttempts());
    if (!p.isZero()) {
      Thread.sleep(p);
    }
    ctx.deadline().check();
  }
}
