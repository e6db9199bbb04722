package dev.iotcop.engine.check;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** A point in time after which work must stop. */
public record Deadline(Instant at, Clock clock) {
  public static Deadline in(Duration d, Clock clock) {
    return new Deadline(clock.instant().plus(d), clock);
  }

  public boolean passed() {
    return !clock.instant().isBefore(at);
  }

  public Duration remaining() {
    Duration d = Duration.between(clock.instant(), at);
    return d.isNegative() ? Duration.ZERO : d;
  }

  /** The smaller of {@code d} and the time remaining. */
  public Duration cap(Duration d) {
    Duration r = remaining();
    return d.compareTo(r) < 0 ? d : r;
  }

  /** Throws when the deadline has passed or the thread was interrupted, so loops stop promptly. */
  public void check() throws InterruptedException {
    if (Thread.currentThread().isInterrupted()) {
      throw new InterruptedException("interrupted");
    }
    if (passed()) {
      throw new DeadlineExceededException(at);
    }
  }
}
