package dev.iotcop.engine.report;

import dev.iotcop.engine.run.AssessmentResult;
import dev.iotcop.engine.verdict.RollUp;
import dev.iotcop.engine.verdict.Verdict;
import java.util.List;

/**
 * Everything a report shows about one assessed target: the run's findings and facts, the verdict per provision of
 * {@code en303645Version}, and the roll-ups per Code of Practice guideline and per regime item.
 */
public record Report(
    ToolInfo tool,
    String en303645Version,
    AssessmentResult result,
    List<Verdict> verdicts,
    List<RollUp> guidelines,
    List<RollUp> regimes) {

  public Report {
    verdicts = List.copyOf(verdicts);
    guidelines = List.copyOf(guidelines);
    regimes = List.copyOf(regimes);
  }

  /** The tool and data versions that produced a report, so results can be reproduced and compared. */
  public record ToolInfo(String name, String version, String catalogVersion) {}
}
