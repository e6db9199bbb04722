package dev.iotcop.net.check.credentials;

import java.time.Duration;
import java.util.List;

/**
 * Judges a run of wrong logins by how long the service took to turn each one down. A pure function of the durations, so
 * it can be tested on any sequence. Within a small budget the absence of protection cannot be proven, only the absence
 * of visible throttling; {@link Verdict.Unthrottled} says exactly that.
 */
final class ThrottleJudge {
  /** At least this many turned-down attempts are needed to call a service unthrottled. */
  static final int MIN_ATTEMPTS = 3;
  /** Every refusal taking at least this long is a failure delay. */
  static final Duration DELAY = Duration.ofMillis(1000);
  /**
   * A rise counts when the last answer is at least this much, and twice, slower than the faster of the first two, and
   * the one before it at least half this much slower: one late spike is not a rise.
   */
  static final Duration RISE = Duration.ofMillis(500);

  private ThrottleJudge() {}

  sealed interface Verdict {
    /** Every refusal came after at least {@code minimum}. */
    record Delayed(Duration minimum) implements Verdict {}

    /** Refusals slowed from {@code first} to {@code last}. */
    record Slowed(Duration first, Duration last) implements Verdict {}

    /** {@code attempts} refusals, none slower than {@code slowest}, without a sign of throttling. */
    record Unthrottled(int attempts, Duration slowest) implements Verdict {}

    /** Fewer than {@link #MIN_ATTEMPTS} refusals: nothing to judge. */
    record TooFew(int attempts) implements Verdict {}
  }

  static Verdict judge(List<Duration> refusals) {
    int n = refusals.size();
    if (n < MIN_ATTEMPTS) {
      return new Verdict.TooFew(n);
    }
    Duration min = refusals.stream().min(Duration::compareTo).orElseThrow();
    Duration max = refusals.stream().max(Duration::compareTo).orElseThrow();
    if (min.compareTo(DELAY) >= 0) {
      return new Verdict.Delayed(min);
    }
    Duration first = refusals.get(0).compareTo(refusals.get(1)) <= 0 ? refusals.get(0) : refusals.get(1);
    Duration last = refusals.get(n - 1);
    Duration beforeLast = refusals.get(n - 2);
    boolean rose = last.compareTo(first.multipliedBy(2)) >= 0 && last.minus(first).compareTo(RISE) >= 0
        && beforeLast.minus(first).compareTo(RISE.dividedBy(2)) >= 0;
    if (rose) {
      return new Verdict.Slowed(first, last);
    }
    return new Verdict.Unthrottled(n, max);
  }
}
