package dev.iotcop.net.check.credentials;

import dev.iotcop.engine.Subject;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.engine.evidence.Evidence;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the sessions guessing default pairs on one login share: the next pair (reserved in the login budget before it is
 * handed out), the refusal times seen so far, and why guessing ended. The strongest reason wins when sessions end
 * for different reasons at once: a working pair, then lockout signs, then an answer nobody could read, then a spent
 * budget. Thread-safe.
 */
final class Guessing {
  /** Why guessing ended. */
  sealed interface End {
    /** Every pair of the list was handed out. */
    record Exhausted() implements End {}

    record Found(DefaultCredential pair, LoginTrial trial, int tried) implements End {}

    /** {@code suffix} is the message suffix; {@code evidence} may be empty when there is nothing beyond the control's. */
    record Stopped(String suffix, String reason, int tried, List<Evidence> evidence) implements End {}
  }

  private final CheckContext ctx;
  private final Subject.Service service;
  private final CredentialSchedule schedule;
  private final boolean passwordOnly;
  private final List<Duration> refusals = new ArrayList<>();
  private int tried;
  private End end = new End.Exhausted();

  Guessing(CheckContext ctx, Subject.Service service, CredentialSchedule schedule, boolean passwordOnly, Duration control) {
    this.ctx = ctx;
    this.service = service;
    this.schedule = schedule;
    this.passwordOnly = passwordOnly;
    refusals.add(control);
  }

  /** The next pair to try, already reserved in the login budget; empty when guessing is over. */
  synchronized Optional<DefaultCredential> next() {
    if (!(end instanceof End.Exhausted)) {
      return Optional.empty();
    }
    Optional<DefaultCredential> next =
        schedule.next(user -> AccountBudget.allows(ctx, service, DefaultCredentialTrial.account(user, passwordOnly)));
    if (next.isEmpty()) {
      return next;
    }
    Optional<String> refused =
        ctx.logins().reserve(service, DefaultCredentialTrial.account(next.get().username(), passwordOnly));
    if (refused.isPresent()) {
      String suffix = ctx.logins().lockout(service).isPresent() ? DefaultCredentialTrial.LOCKOUT : DefaultCredentialTrial.BUDGET;
      stop(new End.Stopped(suffix, refused.get(), tried, List.of()));
      return Optional.empty();
    }
    return next;
  }

  /** What one attempt with {@code pair} gave, recorded here and in the login budget. */
  synchronized void record(DefaultCredential pair, LoginTrial t) {
    ctx.logins().record(service, DefaultCredentialTrial.account(pair.username(), passwordOnly), t.accepted());
    tried++;
    switch (t.result()) {
      case ACCEPTED, NO_AUTHENTICATION -> stop(new End.Found(pair, t, tried));
      case REJECTED -> refusals.add(t.elapsed());
      case LOCKED -> {
        ctx.logins().lockoutSeen(service, t.detail());
        stop(new End.Stopped(DefaultCredentialTrial.LOCKOUT, t.detail(), tried, t.evidence()));
      }
      case UNREACHABLE -> {
        String why = "connections refused after earlier attempts: " + t.detail();
        ctx.logins().lockoutSeen(service, why);
        stop(new End.Stopped(DefaultCredentialTrial.LOCKOUT, why, tried, t.evidence()));
      }
      case UNDETERMINED -> stop(new End.Stopped(DefaultCredentialTrial.UNDETERMINED, t.detail(), tried, t.evidence()));
    }
  }

  synchronized End end() {
    return end;
  }

  synchronized int tried() {
    return tried;
  }

  /** How long each wrong login took to be refused, the control's first, then in the order the answers came. */
  synchronized List<Duration> refusals() {
    return List.copyOf(refusals);
  }

  private void stop(End e) {
    if (rank(e) > rank(end)) {
      end = e;
    }
  }

  private static int rank(End e) {
    return switch (e) {
      case End.Exhausted _ -> 0;
      case End.Stopped s when s.suffix().equals(DefaultCredentialTrial.BUDGET) -> 1;
      case End.Stopped s when s.suffix().equals(DefaultCredentialTrial.UNDETERMINED) -> 2;
      case End.Stopped _ -> 3;
      case End.Found _ -> 4;
    };
  }
}
