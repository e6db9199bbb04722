package dev.iotcop.report.text;

import dev.iotcop.engine.Finding;
import dev.iotcop.engine.Outcome;
import dev.iotcop.engine.evidence.Evidence;
import dev.iotcop.engine.fact.ServiceFact;
import dev.iotcop.engine.report.RenderOptions;
import dev.iotcop.engine.report.Report;
import dev.iotcop.engine.report.ReportWriter;
import dev.iotcop.engine.run.AssessmentResult;
import dev.iotcop.engine.verdict.RollUp;
import dev.iotcop.engine.verdict.Verdict;
import dev.iotcop.engine.verdict.VerdictValue;
import dev.iotcop.report.EvidenceFields;
import dev.iotcop.report.ReportText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The console summary a person reads after an assessment: services, decisive findings, verdicts, guideline roll-up. */
public final class TextReportWriter implements ReportWriter {
  private static final List<Outcome> SHOWN = List.of(Outcome.FAIL, Outcome.INCONCLUSIVE, Outcome.PASS);

  @Override
  public String format() {
    return "text";
  }

  @Override
  public String extension() {
    return "txt";
  }

  @Override
  public void write(List<Report> reports, RenderOptions o, OutputStream stream) throws IOException {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    for (Report r : reports) {
      write(r, o, out);
    }
    out.flush();
  }

  private void write(Report report, RenderOptions o, PrintWriter out) {
    AssessmentResult r = report.result();
    var m = o.messages();
    out.println(m.get("report.text.heading", r.target().label(), report.en303645Version(), r.elapsed().toMillis() / 1000.0));
    List<ServiceFact> services = r.facts().all(ServiceFact.class).stream()
        .sorted(Comparator.comparing((ServiceFact s) -> s.service().transport()).thenComparingInt(s -> s.service().port())).toList();
    out.println(m.get("report.text.services", services.size()));
    for (ServiceFact s : services) {
      String what = (s.product() + " " + s.version()).strip();
      out.println("  " + pad(s.service().port() + "/" + s.service().transport().code(), 10) + pad(s.protocol() + (s.tls() ? "+tls" : ""), 12)
          + what);
    }
    Map<String, Integer> counts = ReportText.outcomeCounts(r.findings());
    out.println();
    out.println(m.get("report.text.findings", counts.get("FAIL"), counts.get("INCONCLUSIVE"), counts.get("PASS"), counts.get("INFO")));
    for (Outcome outcome : SHOWN) {
      for (int i = 0; i < r.findings().size(); i++) {
        Finding f = r.findings().get(i);
        if (f.outcome() != outcome) {
          continue;
        }
        out.println("  " + pad(AssessmentResult.findingId(i), 5) + pad(outcome.name(), 13) + where(f.subject()) + "  ["
            + String.join(" ", f.provisions()) + "]");
        out.println("       " + ReportText.message(f, o));
        for (Evidence e : f.evidence()) {
          if (outcome != Outcome.PASS) {
            out.println("       | " + EvidenceFields.line(e, o.showSecrets()));
          }
        }
      }
    }
    out.println();
    Map<String, Integer> vc = ReportText.verdictCounts(report.verdicts());
    out.println(m.get("report.text.verdicts", report.en303645Version(), vc.get("FAIL"), vc.get("INCONCLUSIVE"), vc.get("PASS"),
        vc.get("NOT_APPLICABLE"), vc.get("NOT_ASSESSED")));
    for (Verdict v : report.verdicts()) {
      if (v.verdict() == VerdictValue.NOT_ASSESSED && v.reasons().stream().noneMatch(x -> !x.findings().isEmpty())) {
        continue;
      }
      out.println("  " + pad(v.verdict().name(), 15) + pad(v.provision(), 9) + ReportText.provisionTitle(report, v.provision(), o));
      v.reasons().forEach(x -> out.println("                 - " + ReportText.reason(x, o)
          + (x.findings().isEmpty() ? "" : " [" + String.join(", ", x.findings()) + "]")));
    }
    out.println();
    out.println(m.get("report.text.guidelines"));
    for (RollUp g : report.guidelines()) {
      out.println("  " + pad(g.item().id(), 4) + pad(g.overall().name(), 15) + ReportText.title(g.item(), o)
          + "  " + g.counts().entrySet().stream().sorted(Map.Entry.comparingByKey())
              .map(e -> e.getKey().name().toLowerCase(java.util.Locale.ROOT) + " " + e.getValue()).collect(Collectors.joining(", ")));
    }
    if (!report.regimes().isEmpty()) {
      out.println();
      out.println(m.get("report.text.regimes"));
      for (RollUp g : report.regimes()) {
        out.println("  " + pad(g.item().toString(), 20) + pad(g.overall().name(), 15) + ReportText.title(g.item(), o));
      }
    }
    out.println();
    out.println(m.get("report.text.politeness", r.peakConnections()));
    out.println();
  }

  /** Where a finding applies, without repeating the device address on every line. */
  private static String where(dev.iotcop.engine.Subject s) {
    return switch (s) {
      case dev.iotcop.engine.Subject.Service svc -> svc.port() + "/" + svc.transport().code() + " " + svc.protocol();
      case dev.iotcop.engine.Subject.Device d -> d.address();
      default -> s.label();
    };
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
  }
}
