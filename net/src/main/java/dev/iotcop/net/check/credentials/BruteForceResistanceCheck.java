package dev.iotcop.net.check.credentials;

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
import dev.iotcop.engine.check.Need;
import dev.iotcop.engine.evidence.Evidence;
import dev.iotcop.engine.evidence.Observation;
import dev.iotcop.engine.fact.Facts;
import dev.iotcop.engine.fact.ServiceFact;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Watches how a login reacts to a few wrong passwords in a row, sent as fast as politeness allows, for made-up user
 * names so that no real account is charged: a lockout message, refused connections, a delay on every failure or
 * answers that slow down are signs of protection against guessing (PASS). When the default-credentials check already
 * saw a delay on every one of its wrong logins, that is the answer and no login is sent; when nothing got in there,
 * its refusals begin the run and only the rest of {@link #MAX_ATTEMPTS} is sent. Quick refusals throughout only show
 * that nothing kicked in within the small budget; protection may start later, so that is a low-confidence FAIL, which
 * leaves the provision undecided rather than failed.
 */
public final class BruteForceResistanceCheck implements Check {
  static final String ID = "net.login.brute-force-resistance";
  /** Wrong logins watched at most, those the default-credentials check measured included. */
  static final int MAX_ATTEMPTS = 6;
  static final String LOCKOUT = "lockout";
  static final String REFUSED = "refused";
  static final String DELAY = "delay";
  static final String SLOWED = "slowed";
  static final String UNTHROTTLED = "unthrottled";
  static final String BUDGET = "budget";
  static final String UNDETERMINED = "undetermined";
  static final String UNREACHABLE = "unreachable";
  static final String ACCEPTED = "accepted";
  static final Set<String> PROTOCOLS = Set.of("telnet", "ssh", "ftp", "http", "https");
  static final CheckDescriptor DESCRIPTOR = new CheckDescriptor(ID, CheckKind.NETWORK, List.of("5.1-5"), List.of("5.1-5-2"),
      Set.of(Need.tcp(ServiceFact.class), Need.ownSubject(AuthenticationFact.class)), Set.of(),
      List.of(LOCKOUT, REFUSED, DELAY, SLOWED, UNTHROTTLED, BUDGET, UNDETERMINED, UNREACHABLE, ACCEPTED).stream()
          .map(s -> "check." + ID + "." + s).toList());

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<? extends Subject> subjects(Target target, Facts facts) {
    // Every login service; a run finds nothing to do unless the default-credentials check on its service saw a login.
    // Choosing subjects this early lets each run start as soon as that one check is done with its service.
    return facts.services().stream().map(ServiceFact::service)
        .filter(s -> s.transport() == Transport.TCP && PROTOCOLS.contains(s.protocol())).distinct().toList();
  }

  @Override
  public CheckResult run(CheckContext ctx, Subject subject) throws InterruptedException {
    ctx.deadline().check();
    Subject.Service service = (Subject.Service) subject;
    Optional<AuthenticationFact> fact = ctx.facts().all(AuthenticationFact.class).stream()
        .filter(f -> f.service().equals(service)).findFirst();
    if (fact.isEmpty()) {
      // The default-credentials check saw no login here that asks for a password: nothing to watch.
      return CheckResult.empty();
    }
    List<Duration> measured = fact.get().refusals();
    if (ThrottleJudge.judge(measured) instanceof ThrottleJudge.Verdict.Delayed d) {
      // The default-credentials check already saw every wrong login answered late: more of them would only cost the
      // device time and its accounts failed-login budget.
      return CheckResult.of(finding(service, Outcome.PASS, DELAY, Confidence.MEDIUM,
          List.of(Long.toString(d.minimum().toMillis()), Integer.toString(measured.size())),
          List.of(observation(answers(measured), measured.size(), 0))));
    }
    // Without a success among them, the measured refusals are the start of the run of wrong logins this check watches.
    List<Duration> before = fact.get().loginAccepted() ? List.of() : measured;
    if (before.size() >= MAX_ATTEMPTS) {
      return CheckResult.of(judged(ctx, service, before, List.of(observation(answers(before), before.size(), 0)), ""));
    }
    Optional<LoginMechanism> mechanism = fact.flatMap(f -> LoginMechanisms.of(ctx, f));
    if (mechanism.isEmpty()) {
      return CheckResult.of(finding(service, Outcome.INCONCLUSIVE, UNDETERMINED, Confidence.HIGH,
          List.of("0", "no known way to log in to this service"), List.of()));
    }
    try (LoginMechanism login = mechanism.get()) {
      return CheckResult.of(probe(ctx, service, login, RandomCredentials.secure(), before));
    }
  }

  private static List<String> answers(List<Duration> refusals) {
    return refusals.stream().map(t -> "REJECTED " + t.toMillis() + " ms").toList();
  }

  /** Wrong logins for made-up accounts after the {@code before} ones, up to {@link #MAX_ATTEMPTS} in all. */
  private static Finding probe(CheckContext ctx, Subject.Service service, LoginMechanism login, RandomCredentials random,
      List<Duration> before) throws InterruptedException {
    List<Duration> refusals = new ArrayList<>(before);
    List<String> seen = new ArrayList<>(answers(before));
    List<Evidence> lastEvidence = List.of();
    Credential current = random.next();
    String stoppedBecause = "";
    attempts:
    for (int i = before.size(); i < MAX_ATTEMPTS; i++) {
      if (i > before.size()) {
        DefaultCredentialTrial.pause(ctx);
      }
      if (ctx.logins().failuresLeft(service, current.username()) <= 0) {
        current = random.next();
      }
      Optional<String> refused = ctx.logins().reserve(service, current.username());
      if (refused.isPresent()) {
        stoppedBecause = refused.get();
        break;
      }
      LoginTrial t = login.attempt(ctx, current);
      ctx.logins().record(service, current.username(), t.accepted());
      seen.add(t.result() + " " + t.elapsed().toMillis() + " ms");
      lastEvidence = t.evidence();
      String attempt = Integer.toString(i + 1);
      switch (t.result()) {
        case REJECTED -> {
          refusals.add(t.elapsed());
          // A steady delay on every refusal is already the answer; more wrong logins would only cost the device time.
          if (ThrottleJudge.judge(refusals) instanceof ThrottleJudge.Verdict.Delayed) {
            break attempts;
          }
        }
        case LOCKED -> {
          ctx.logins().lockoutSeen(service, t.detail());
          return finding(service, Outcome.PASS, LOCKOUT, Confidence.MEDIUM, List.of(attempt, t.detail()),
              evidence(seen, before.size(), t));
        }
        case UNREACHABLE -> {
          if (i == 0) {
            return finding(service, Outcome.INCONCLUSIVE, UNREACHABLE, Confidence.HIGH, List.of(t.detail()), List.of());
          }
          ctx.logins().lockoutSeen(service, "connections refused after " + i + " wrong logins: " + t.detail());
          return finding(service, Outcome.PASS, REFUSED, Confidence.MEDIUM, List.of(Integer.toString(i), t.detail()),
              evidence(seen, before.size(), t));
        }
        case ACCEPTED, NO_AUTHENTICATION -> {
          return finding(service, Outcome.INCONCLUSIVE, ACCEPTED, Confidence.HIGH, List.of(t.detail()),
              evidence(seen, before.size(), t));
        }
        case UNDETERMINED -> {
          return finding(service, Outcome.INCONCLUSIVE, UNDETERMINED, Confidence.HIGH, List.of(attempt, t.detail()),
              evidence(seen, before.size(), t));
        }
      }
    }
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(observation(seen, before.size(), seen.size() - before.size()));
    evidence.addAll(lastEvidence);
    return judged(ctx, service, refusals, evidence, stoppedBecause);
  }

  private static Finding judged(CheckContext ctx, Subject.Service service, List<Duration> refusals, List<Evidence> evidence,
      String stoppedBecause) {
    return switch (ThrottleJudge.judge(refusals)) {
      case ThrottleJudge.Verdict.TooFew f -> finding(service, Outcome.INCONCLUSIVE, BUDGET, Confidence.HIGH,
          List.of(Integer.toString(f.attempts()), Integer.toString(ThrottleJudge.MIN_ATTEMPTS),
              stoppedBecause.isEmpty() ? "-" : stoppedBecause), evidence);
      case ThrottleJudge.Verdict.Delayed d -> finding(service, Outcome.PASS, DELAY, Confidence.MEDIUM,
          List.of(Long.toString(d.minimum().toMillis()), Integer.toString(refusals.size())), evidence);
      case ThrottleJudge.Verdict.Slowed s -> {
        ctx.logins().lockoutSeen(service, "answers to wrong logins slowed from " + s.first().toMillis() + " to "
            + s.last().toMillis() + " ms");
        yield finding(service, Outcome.PASS, SLOWED, Confidence.MEDIUM, List.of(Long.toString(s.first().toMillis()),
            Long.toString(s.last().toMillis()), Integer.toString(refusals.size())), evidence);
      }
      case ThrottleJudge.Verdict.Unthrottled u -> finding(service, Outcome.FAIL, UNTHROTTLED, Confidence.LOW,
          List.of(Integer.toString(u.attempts()), Long.toString(u.slowest().toMillis())), evidence);
    };
  }

  private static List<Evidence> evidence(List<String> seen, int measured, LoginTrial last) {
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(observation(seen, measured, seen.size() - measured));
    evidence.addAll(last.evidence());
    return evidence;
  }

  /** The answers in order: {@code measured} by the default-credentials check, then {@code sent} by this check. */
  private static Observation observation(List<String> seen, int measured, int sent) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("attempts", Integer.toString(seen.size()));
    values.put("answers", String.join("; ", seen));
    String ours = "random user names, not present on the device";
    String theirs = "the default-credentials check's random control and default pairs";
    values.put("accounts", measured == 0 ? ours : sent == 0 ? theirs + "; no further login sent"
        : "first " + measured + ": " + theirs + "; then " + ours);
    return new Observation(values);
  }

  private static Finding finding(Subject.Service service, Outcome outcome, String suffix, Confidence confidence,
      List<String> args, List<Evidence> evidence) {
    return new Finding(ID, outcome, DESCRIPTOR.provisions(), service, DESCRIPTOR.key(suffix), args, evidence, confidence);
  }
}
