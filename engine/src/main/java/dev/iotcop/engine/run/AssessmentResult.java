package dev.iotcop.engine.run;

import dev.iotcop.engine.Finding;
import dev.iotcop.engine.Target;
import dev.iotcop.engine.check.CheckDescriptor;
import dev.iotcop.engine.fact.Facts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything one assessment of one target produced. Findings are in a stable order; a finding's id is its position
 * ({@code F1}, {@code F2}, ...), which verdict reasons refer to. {@code runs} says when each check ran on each subject, in
 * the order they started.
 */
public record AssessmentResult(
    Target target,
    Instant started,
    Duration elapsed,
    List<Finding> findings,
    Facts facts,
    Map<String, CheckDescriptor> checks,
    List<RunTime> runs,
    int peakConnections) {

  public AssessmentResult {
    findings = List.copyOf(findings);
    checks = Map.copyOf(checks);
    runs = List.copyOf(runs);
  }

  /** The time a check spent on all its subjects together (runs side by side count each). */
  public Duration checkTime(String checkId) {
    return runs.stream().filter(r -> r.checkId().equals(checkId)).map(RunTime::elapsed).reduce(Duration.ZERO, Duration::plus);
  }

  public static String findingId(int index) {
    return "F" + (index + 1);
  }
}
