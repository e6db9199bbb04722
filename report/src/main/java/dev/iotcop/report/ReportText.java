package dev.iotcop.report;

import dev.iotcop.catalog.ItemRef;
import dev.iotcop.engine.Finding;
import dev.iotcop.engine.Outcome;
import dev.iotcop.engine.report.RenderOptions;
import dev.iotcop.engine.report.Report;
import dev.iotcop.engine.verdict.Reason;
import dev.iotcop.engine.verdict.Verdict;
import dev.iotcop.engine.verdict.VerdictValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rendering shared by the report formats: messages in the chosen language, counts in a fixed order. */
public final class ReportText {
  private ReportText() {}

  public static String message(Finding f, RenderOptions o) {
    return o.messages().get(f.messageKey(), f.messageArgs().toArray());
  }

  public static String reason(Reason r, RenderOptions o) {
    return o.messages().get(r.messageKey(), r.args().toArray());
  }

  public static String provisionTitle(Report r, String provision, RenderOptions o) {
    return o.catalog().title(new ItemRef("en303645", r.en303645Version(), provision), o.messages().language()).display();
  }

  public static String title(ItemRef ref, RenderOptions o) {
    return o.catalog().title(ref, o.messages().language()).display();
  }

  public static Map<String, Integer> outcomeCounts(List<Finding> findings) {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (Outcome o : Outcome.values()) {
      m.put(o.name(), (int) findings.stream().filter(f -> f.outcome() == o).count());
    }
    return m;
  }

  public static Map<String, Integer> verdictCounts(List<Verdict> verdicts) {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (VerdictValue v : VerdictValue.values()) {
      m.put(v.name(), (int) verdicts.stream().filter(x -> x.verdict() == v).count());
    }
    return m;
  }
}
