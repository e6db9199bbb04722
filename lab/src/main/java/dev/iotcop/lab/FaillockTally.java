package dev.iotcop.lab;

import dev.iotcop.lab.profile.Lockout;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Failed-login records as {@code faillock --dir DIR} prints them, and the lockout they imply under pam_faillock's
 * rules: {@code deny} valid failures within the fail interval lock the account until {@code unlock_time} has passed
 * since the last one.
 */
public record FaillockTally(Map<String, List<LocalDateTime>> validFailures) {
  /** pam_faillock's default fail_interval. */
  static final Duration FAIL_INTERVAL = Duration.ofMinutes(15);
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  public FaillockTally {
    Map<String, List<LocalDateTime>> copy = new LinkedHashMap<>();
    validFailures.forEach((user, times) -> copy.put(user, List.copyOf(times)));
    validFailures = Map.copyOf(copy);
  }

  /** Parses faillock's report; lines it does not recognise are ignored. */
  public static FaillockTally parse(String report) {
    Map<String, List<LocalDateTime>> failures = new LinkedHashMap<>();
    String user = null;
    for (String line : report.lines().toList()) {
      String stripped = line.strip();
      if (stripped.endsWith(":") && !stripped.contains(" ")) {
        user = stripped.substring(0, stripped.length() - 1);
        failures.putIfAbsent(user, new ArrayList<>());
        continue;
      }
      if (user == null || stripped.length() < 19 || !stripped.endsWith("V")) {
        continue;
      }
      try {
        LocalDateTime when = LocalDateTime.parse(stripped.substring(0, 19), WHEN);
        failures.get(user).add(when);
      } catch (DateTimeParseException notARecord) {
        // the column header or something newer faillock prints
      }
    }
    return new FaillockTally(failures);
  }

  public int failures(String user) {
    return validFailures.getOrDefault(user, List.of()).size();
  }

  /** Accounts locked at {@code now} (the host's local time, which faillock prints). */
  public Set<String> locked(Lockout policy, LocalDateTime now) {
    Set<String> locked = new TreeSet<>();
    validFailures.forEach((user, times) -> {
      List<LocalDateTime> recent = times.stream().filter(t -> !t.isBefore(now.minus(FAIL_INTERVAL))).sorted().toList();
      if (recent.size() >= policy.deny()) {
        LocalDateTime last = recent.getLast();
        boolean stillLocked = policy.unlockTimeSeconds() == 0
            || now.isBefore(last.plusSeconds(policy.unlockTimeSeconds()));
        if (stillLocked) {
          locked.add(user);
        }
      }
    });
    return locked;
  }
}
