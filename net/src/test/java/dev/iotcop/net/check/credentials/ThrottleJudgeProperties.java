package dev.iotcop.net.check.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ThrottleJudgeProperties {
  private static List<Duration> ms(List<Integer> millis) {
    return millis.stream().map(m -> Duration.ofMillis(m)).toList();
  }

  @Property
  void judgesAnySequence(@ForAll @Size(max = 12) List<@IntRange(max = 20_000) Integer> millis) {
    ThrottleJudge.Verdict v = ThrottleJudge.judge(ms(millis));
    if (millis.size() < ThrottleJudge.MIN_ATTEMPTS) {
      assertThat(v).isEqualTo(new ThrottleJudge.Verdict.TooFew(millis.size()));
      return;
    }
    int min = millis.stream().mapToInt(Integer::intValue).min().orElseThrow();
    int max = millis.stream().mapToInt(Integer::intValue).max().orElseThrow();
    switch (v) {
      case ThrottleJudge.Verdict.Delayed d -> {
        assertThat(min).isGreaterThanOrEqualTo(1000);
        assertThat(d.minimum().toMillis()).isEqualTo((long) min);
      }
      case ThrottleJudge.Verdict.Slowed s -> {
        assertThat(min).isLessThan(1000);
        assertThat(s.last().toMillis() - s.first().toMillis()).isGreaterThanOrEqualTo(500);
        assertThat(s.last().toMillis()).isEqualTo((long) millis.getLast());
      }
      case ThrottleJudge.Verdict.Unthrottled u -> {
        assertThat(min).isLessThan(1000);
        assertThat(u.attempts()).isEqualTo(millis.size());
        assertThat(u.slowest().toMillis()).isEqualTo((long) max);
      }
      case ThrottleJudge.Verdict.TooFew t -> throw new AssertionError("enough attempts were given: " + millis);
    }
  }

  @Property
  void quickSteadyRefusalsAreUnthrottled(@ForAll @Size(min = 3, max = 10) List<@IntRange(min = 1, max = 400) Integer> millis) {
    assertThat(ThrottleJudge.judge(ms(millis))).isInstanceOf(ThrottleJudge.Verdict.Unthrottled.class);
  }

  @Test
  void examples() {
    assertThat(ThrottleJudge.judge(ms(List.of(2100, 2050, 2080, 2200))))
        .isEqualTo(new ThrottleJudge.Verdict.Delayed(Duration.ofMillis(2050)));
    assertThat(ThrottleJudge.judge(ms(List.of(20, 30, 400, 1600, 3200))))
        .isEqualTo(new ThrottleJudge.Verdict.Slowed(Duration.ofMillis(20), Duration.ofMillis(3200)));
    assertThat(ThrottleJudge.judge(ms(List.of(20, 30, 25, 900))))
        .as("one late spike is not a rise").isInstanceOf(ThrottleJudge.Verdict.Unthrottled.class);
    assertThat(ThrottleJudge.judge(ms(List.of(20, 30)))).isEqualTo(new ThrottleJudge.Verdict.TooFew(2));
  }
}
