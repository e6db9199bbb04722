package dev.iotcop.engine.check;

import dev.iotcop.engine.fact.Fact;

/**
 * A kind of fact a check needs, and how much of it.
 *
 * <ul>
 *   <li>{@link Reach#ALL}: the check chooses its subjects only after every check that may produce such facts has
 *       finished, and each run sees all of them.
 *   <li>{@link Reach#OWN_SUBJECT}: each run waits only for the runs that may produce such facts about its own subject
 *       (the same service, or the device), and sees only those.
 *   <li>{@link Reach#EACH}: the check's subjects grow as such facts become known, without waiting for their producers
 *       to finish: a run on a service starts once the facts of this kind about that service are complete (every
 *       producer run that may add to them is done, or has shared one, see {@link CheckContext#share}), and sees only
 *       those. A check with such a need chooses only services, and never drops one as more facts arrive.
 *   <li>{@link Reach#ON_REQUEST}: the run does not wait for such facts to start; it gets all of them, complete, when
 *       it asks ({@link CheckContext#factsInFull()}), which waits for every producer to finish.
 * </ul>
 */
public record Need(FactKind kind, Reach reach) {
  public enum Reach {
    ALL,
    OWN_SUBJECT,
    EACH,
    ON_REQUEST
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

  /** One run per TCP service as facts of the type name it, each seeing the facts about its own service. */
  public static Need eachTcp(Class<? extends Fact> type) {
    return new Need(FactKind.tcp(type), Reach.EACH);
  }

  /** Every fact of the type about TCP services (or no service), handed to a run that asks, once complete. */
  public static Need tcpOnRequest(Class<? extends Fact> type) {
    return new Need(FactKind.tcp(type), Reach.ON_REQUEST);
  }
}
