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
 * ({@code F1}, {@code F2}, ...), which verdict reasons refer to.
 */
public record AssessmentResult(
    Target target,
    Instant started,
    Duration elapsed,
    List<Finding> findings,
    Facts facts,
    Map<String, CheckDescriptor> checks,
    Map<String, Duration> checkTimes,
    int peakConnections) {

  public AssessmentResult {
    findings = List.copyOf(findings);
    checks = Map.copyOf(checks);
    checkTimes = Map.copyOf(checkTimes);
  }

  public static String findingId(int index) {
    return "F" + (index + 1);
  }
}
