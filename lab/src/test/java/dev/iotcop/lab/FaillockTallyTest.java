package dev.iotcop.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iotcop.lab.profile.Lockout;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class FaillockTallyTest {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 1, 12, 0, 0);

  private static String report(String user, List<LocalDateTime> valid, int invalid) {
    StringBuilder out = new StringBuilder(user + ":\n");
    out.append("When                Type  Source                                           Valid\n");
    valid.forEach(t -> out.append(WHEN.format(t)).append(" RHOST 10.213.0.1                                           V\n"));
    for (int i = 0; i < invalid; i++) {
      out.append(WHEN.format(NOW.minusHours(2))).append(" TTY   pts/1                                            I\n");
    }
    return out.toString();
  }

  @Test
  void readsFaillockReportOfSeveralUsers() {
    String text = report("operator", List.of(NOW.minusSeconds(30), NOW.minusSeconds(20)), 1)
        + report("service", List.of(), 0);
    FaillockTally tally = FaillockTally.parse(text);
    assertThat(tally.failures("operator")).isEqualTo(2);
    assertThat(tally.failures("service")).isZero();
    assertThat(tally.failures("nobody")).isZero();
  }

  @Test
  void locksAtDenyFailuresUntilUnlockTimePasses() {
    List<LocalDateTime> five = List.of(NOW.minusSeconds(50), NOW.minusSeconds(40), NOW.minusSeconds(30),
        NOW.minusSeconds(20), NOW.minusSeconds(10));
    FaillockTally tally = FaillockTally.parse(report("operator", five, 0));
    assertThat(tally.locked(new Lockout(5, 600), NOW)).containsExactly("operator");
    assertThat(tally.locked(new Lockout(6, 600), NOW)).isEmpty();
    assertThat(tally.locked(new Lockout(5, 600), NOW.plusSeconds(600))).isEmpty();
    assertThat(tally.locked(new Lockout(5, 0), NOW.plusSeconds(800))).containsExactly("operator");
  }

  @Test
  void failuresOlderThanTheIntervalDoNotCount() {
    List<LocalDateTime> old = List.of(NOW.minusMinutes(40), NOW.minusMinutes(35), NOW.minusMinutes(30),
        NOW.minusSeconds(20), NOW.minusSeconds(10));
    assertThat(FaillockTally.parse(report("operator", old, 0)).locked(new Lockout(5, 0), NOW)).isEmpty();
  }

  @Property(tries = 200)
  void countsExactlyTheValidRecords(@ForAll @IntRange(max = 12) int valid, @ForAll @IntRange(max = 5) int invalid) {
    List<LocalDateTime> times = java.util.stream.IntStream.range(0, valid).mapToObj(i -> NOW.minusSeconds(i)).toList();
    FaillockTally tally = FaillockTally.parse(report("u", times, invalid));
    assertThat(tally.failures("u")).isEqualTo(valid);
    assertThat(tally.locked(new Lockout(3, 60), NOW).contains("u")).isEqualTo(valid >= 3);
  }

  @Property(tries = 300)
  void neverFailsOnArbitraryText(@ForAll String text) {
    FaillockTally tally = FaillockTally.parse(text);
    assertThat(tally.validFailures().values()).allSatisfy(list -> assertThat(list).isNotNull());
  }
}
