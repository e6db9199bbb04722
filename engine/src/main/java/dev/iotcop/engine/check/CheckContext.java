package dev.iotcop.engine.check;

import dev.iotcop.engine.Target;
import dev.iotcop.engine.fact.Fact;
import dev.iotcop.engine.fact.Facts;
import java.time.Clock;
import java.util.List;
import java.util.function.Predicate;

/** Everything a check may use while it runs; the runner owns it and enforces the politeness limits behind it. */
public record CheckContext(
    Target target,
    Facts facts,
    Politeness politeness,
    Deadline deadline,
    ConnectionGate gate,
    LoginBudget logins,
    ProgressSink progress,
    Clock clock,
    FactExchange exchange) {

  /** A context for a check run on its own, given complete facts. */
  public CheckContext(Target target, Facts facts, Politeness politeness, Deadline deadline, ConnectionGate gate,
      LoginBudget logins, ProgressSink progress, Clock clock) {
    this(target, facts, politeness, deadline, gate, logins, progress, clock, FactExchange.standalone(facts));
  }

  /**
   * Hands facts over before the check finishes, so that checks needing them can start sooner; they count as if
   * returned (returning them again changes nothing). Sharing a fact about a service promises that the check adds no
   * other fact of that kind about that service. Only kinds the check declares it produces may be shared.
   */
  public void share(List<? extends Fact> shared) {
    exchange.share(shared);
  }

  /**
   * The facts this run sees, plus every fact of the kinds it needs {@link Need.Reach#ON_REQUEST}, once their producers
   * are all done; waits for that, so never call it while holding a connection permit.
   */
  public Facts factsInFull() throws InterruptedException {
    return exchange.inFull(known -> false);
  }

  /**
   * Like {@link #factsInFull()}, but returns as soon as {@code decided} holds for the facts known so far. Only for a
   * question that more facts cannot change the answer to (the fewest failed logins an account may take, once already
   * at its floor, say): the facts returned early may be incomplete. {@code decided} runs on the runner's thread, so it
   * must be quick.
   */
  public Facts factsInFull(Predicate<Facts> decided) throws InterruptedException {
    return exchange.inFull(decided);
  }

  /** This context with other facts, e.g. those from {@link #factsInFull()}. */
  public CheckContext withFacts(Facts other) {
    return new CheckContext(target, other, politeness, deadline, gate, logins, progress, clock, exchange);
  }
}
