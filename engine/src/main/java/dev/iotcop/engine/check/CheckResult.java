package dev.iotcop.engine.check;

import dev.iotcop.engine.Finding;
import dev.iotcop.engine.fact.Fact;
import java.util.List;

/** The findings and the new facts of one check run on one subject. */
public record CheckResult(List<Finding> findings, List<Fact> facts) {
  public CheckResult {
    findings = List.copyOf(findings);
    facts = List.copyOf(facts);
  }

  public static CheckResult of(Finding... findings) {
    return new CheckResult(List.of(findings), List.of());
  }

  public static CheckResult of(List<Finding> findings) {
    return new CheckResult(findings, List.of());
  }

  public static CheckResult facts(List<? extends Fact> facts) {
    return new CheckResult(List.of(), List.copyOf(facts));
  }

  public static CheckResult empty() {
    return new CheckResult(List.of(), List.of());
  }
}
