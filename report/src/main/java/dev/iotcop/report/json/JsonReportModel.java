package dev.iotcop.report.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The JSON report, schema version {@value #SCHEMA_VERSION}. Stable contract: top-level {@code schemaVersion},
 * {@code target}, {@code findings} and {@code verdicts}; each finding has {@code checkId}, {@code outcome},
 * {@code provisions}, {@code service} (where it applies) and {@code evidence}; each verdict {@code provision},
 * {@code verdict} and {@code reasons}. New fields may be added; none of these are removed or renamed within 1.x.
 */
public final class JsonReportModel {
  public static final String SCHEMA_VERSION = "1.0";

  private JsonReportModel() {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Document(
      String schemaVersion,
      Tool tool,
      Standard standard,
      Target target,
      String started,
      long durationMs,
      Summary summary,
      List<Service> services,
      List<Finding> findings,
      List<Verdict> verdicts,
      List<RollUp> guidelines,
      List<RollUp> regimes,
      List<CheckRun> checks,
      int peakConnections) {}

  /** Several targets in one file: the same per-target objects under {@code targets}. */
  public record MultiDocument(String schemaVersion, List<Document> targets) {}

  public record Tool(String name, String version, String catalogVersion) {}

  public record Standard(String id, String version) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Target(String kind, String label, String address, String vendorUrl, String path) {}

  public record Summary(Map<String, Integer> findings, Map<String, Integer> verdicts) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Service(int port, String transport, String protocol, boolean tls, String product, String version, String banner) {}

  /** Where a finding applies on the network; absent for findings about the whole device, a file or a document. */
  public record ServiceRef(int port, String transport, String protocol) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Subject(String type, String label) {}

  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Finding(
      String id,
      String checkId,
      String outcome,
      String confidence,
      List<String> provisions,
      ServiceRef service,
      Subject subject,
      String message,
      String messageKey,
      List<String> messageArgs,
      List<Map<String, Object>> evidence) {}

  public record Reason(String message, String key, List<String> findings) {}

  public record Verdict(String provision, String title, String status, String verdict, List<Reason> reasons) {}

  public record RollUp(String item, String title, String overall, Map<String, Integer> counts, List<String> provisions) {}

  /** {@code durationMs} adds up the check's runs; each run is one subject, its start counted from the assessment's. */
  public record CheckRun(String id, List<String> provisions, List<String> testCases, long durationMs, List<SubjectRun> runs) {}

  public record SubjectRun(Subject subject, long startMs, long durationMs) {}
}
