package dev.iotcop.engine.check;

import dev.iotcop.engine.fact.Fact;

/**
 * A kind of fact a check needs, and how much of it. {@link Reach#ALL}: the check chooses its subjects only after every
 * check that may produce such facts has finished. {@link Reach#OWN_SUBJECT}: each run waits only for the runs that may
 * produce such facts about its own subject (the same service, or the device), and sees only those.
 */
public record Need(FactKind kind, Reach reach) {
  public enum Reach {
    ALL,
    OWN_SUBJECT
  }

  /** Every fact of the type, on every transport. */
  public static Need all(Class<? extends Fact> type) {
    return new Need(FactKind.of(type), Reach.ALL);
  }

  /** Every fact of the type that concerns a TCP service (or no service at all). */
  public static Need tcp(Class<? extends Fact> type) {
    return new Need(FactKind.tcp(type), Reach.ALL);
  }

  /** Every fact of the type that concerns a UDP service (or no service at all). */
  public static Need udp(Class<? extends Fact> type) {
    return new Need(FactKind.udp(type), Reach.ALL);
  }

  /** The facts of the type about the subject a run is on. */
  public static Need ownSubject(Class<? extends Fact> type) {
    return new Need(FactKind.of(type), Reach.OWN_SUBJECT);
  }
}
