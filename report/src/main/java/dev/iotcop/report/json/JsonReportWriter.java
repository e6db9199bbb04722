package dev.iotcop.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.iotcop.engine.Finding;
import dev.iotcop.engine.Subject;
import dev.iotcop.engine.Target;
import dev.iotcop.engine.fact.ServiceFact;
import dev.iotcop.engine.report.RenderOptions;
import dev.iotcop.engine.report.Report;
import dev.iotcop.engine.report.ReportWriter;
import dev.iotcop.engine.run.AssessmentResult;
import dev.iotcop.engine.verdict.RollUp;
import dev.iotcop.report.EvidenceFields;
import dev.iotcop.report.ReportText;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The machine-readable JSON report; its schema is published as {@code docs/schemas/iotcop-report-1.0.schema.json}. */
public final class JsonReportWriter implements ReportWriter {
  /** Made on first use: looking the writer up (which every assessment does before it starts) then costs nothing. */
  private static final class Mapper {
    static final ObjectMapper INSTANCE = new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  @Override
  public String format() {
    return "json";
  }

  @Override
  public String extension() {
    return "json";
  }

  @Override
  public void write(List<Report> reports, RenderOptions options, OutputStream out) throws IOException {
    Object doc = reports.size() == 1
        ? document(reports.getFirst(), options)
        : new JsonReportModel.MultiDocument(JsonReportModel.SCHEMA_VERSION, reports.stream().map(r -> document(r, options)).toList());
    Mapper.INSTANCE.writeValue(out, doc);
    out.write('\n');
    out.flush();
  }

  public static JsonReportModel.Document document(Report report, RenderOptions o) {
    AssessmentResult r = report.result();
    List<JsonReportModel.Finding> findings = new ArrayList<>();
    for (int i = 0; i < r.findings().size(); i++) {
      Finding f = r.findings().get(i);
      findings.add(new JsonReportModel.Finding(AssessmentResult.findingId(i), f.checkId(), f.outcome().name(), f.confidence().name(),
          f.provisions(), serviceRef(f.subject()), subject(f.subject()), ReportText.message(f, o), f.messageKey(), f.messageArgs(),
          EvidenceFields.all(f.evidence(), o.showSecrets())));
    }
    List<JsonReportModel.Verdict> verdicts = report.verdicts().stream()
        .map(v -> new JsonReportModel.Verdict(v.provision(), ReportText.provisionTitle(report, v.provision(), o),
            o.catalog().provision(report.en303645Version(), v.provision()).map(p -> p.status().notation()).orElse(""),
            v.verdict().name(),
            v.reasons().stream().map(x -> new JsonReportModel.Reason(ReportText.reason(x, o), x.messageKey(), x.findings())).toList()))
        .toList();
    List<JsonReportModel.Service> services = r.facts().all(ServiceFact.class).stream()
        .sorted(Comparator.comparing((ServiceFact s) -> s.service().transport()).thenComparingInt(s -> s.service().port()))
        .map(s -> new JsonReportModel.Service(s.service().port(), s.service().transport().code(), s.protocol(), s.tls(), s.product(),
            s.version(), s.banner()))
        .toList();
    List<JsonReportModel.CheckRun> checks = r.checks().values().stream()
        .sorted(Comparator.comparing(d -> d.id()))
        .map(d -> new JsonReportModel.CheckRun(d.id(), d.provisions(), d.testCases(), r.checkTime(d.id()).toMillis(),
            r.runs().stream().filter(x -> x.checkId().equals(d.id()))
                .map(x -> new JsonReportModel.SubjectRun(subject(x.subject()), x.start().toMillis(), x.elapsed().toMillis()))
                .toList()))
        .toList();
    return new JsonReportModel.Document(
        JsonReportModel.SCHEMA_VERSION,
        new JsonReportModel.Tool(report.tool().name(), report.tool().version(), report.tool().catalogVersion()),
        new JsonReportModel.Standard("en303645", report.en303645Version()),
        target(r.target()),
        r.started().toString(),
        r.elapsed().toMillis(),
        new JsonReportModel.Summary(ReportText.outcomeCounts(r.findings()), ReportText.verdictCounts(report.verdicts())),
        services,
        findings,
        verdicts,
        rollUps(report.guidelines(), o),
        rollUps(report.regimes(), o),
        checks,
        r.peakConnections());
  }

  private static List<JsonReportModel.RollUp> rollUps(List<RollUp> rollUps, RenderOptions o) {
    return rollUps.stream().map(u -> {
      Map<String, Integer> counts = new LinkedHashMap<>();
      u.counts().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> counts.put(e.getKey().name(), e.getValue()));
      return new JsonReportModel.RollUp(u.item().toString(), ReportText.title(u.item(), o), u.overall().name(), counts, u.provisions());
    }).toList();
  }

  static JsonReportModel.Target target(Target t) {
    return switch (t) {
      case Target.NetworkDevice d -> new JsonReportModel.Target("network-device", d.label(), d.addressText(),
          d.vendorUrl().map(Object::toString).orElse(null), null);
      case Target.FirmwareImage f -> new JsonReportModel.Target("firmware-image", f.label(), null, null, f.path().toString());
      case Target.DeclarationFile f -> new JsonReportModel.Target("declarations", f.label(), null, null, f.path().toString());
    };
  }

  static JsonReportModel.ServiceRef serviceRef(Subject s) {
    return s instanceof Subject.Service svc ? new JsonReportModel.ServiceRef(svc.port(), svc.transport().code(), svc.protocol()) : null;
  }

  static JsonReportModel.Subject subject(Subject s) {
    String type = switch (s) {
      case Subject.Device d -> "device";
      case Subject.Service svc -> "service";
      case Subject.File f -> "file";
      case Subject.Document d -> "document";
    };
    return new JsonReportModel.Subject(type, s.label());
  }
}
