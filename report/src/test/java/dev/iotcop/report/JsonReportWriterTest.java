package dev.iotcop.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import dev.iotcop.catalog.Catalog;
import dev.iotcop.catalog.Language;
import dev.iotcop.catalog.i18n.Messages;
import dev.iotcop.engine.Confidence;
import dev.iotcop.engine.Finding;
import dev.iotcop.engine.Outcome;
import dev.iotcop.engine.Subject;
import dev.iotcop.engine.Target;
import dev.iotcop.engine.Transport;
import dev.iotcop.engine.check.CheckDescriptor;
import dev.iotcop.engine.check.CheckKind;
import dev.iotcop.engine.check.Need;
import dev.iotcop.engine.evidence.CredentialEvidence;
import dev.iotcop.engine.evidence.Secret;
import dev.iotcop.engine.evidence.Transcript;
import dev.iotcop.engine.fact.Facts;
import dev.iotcop.engine.fact.ServiceFact;
import dev.iotcop.engine.report.RenderOptions;
import dev.iotcop.engine.report.Report;
import dev.iotcop.engine.run.AssessmentResult;
import dev.iotcop.engine.run.Assessor;
import dev.iotcop.engine.run.RunTime;
import dev.iotcop.engine.verdict.Declarations;
import dev.iotcop.report.json.JsonReportWriter;
import dev.iotcop.report.text.TextReportWriter;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JsonReportWriterTest {
  static final Catalog CATALOG = Catalog.load();
  static final ObjectMapper JSON = new ObjectMapper();
  static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws Exception {
    Path file = Path.of(System.getProperty("iotcop.root", ".."), "docs", "schemas", "iotcop-report-1.0.schema.json");
    try (InputStream in = Files.newInputStream(file)) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
          .getSchema(in, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    }
  }

  static Report sampleReport() throws Exception {
    CheckDescriptor creds = new CheckDescriptor("net.telnet.default-credentials", CheckKind.NETWORK, List.of("5.1-1", "5.1-2"),
        List.of("5.1-1-2"), Set.of(Need.tcp(ServiceFact.class)), Set.of(), List.of("check.net.telnet.default-credentials.found"));
    Subject.Service telnet = new Subject.Service("192.0.2.10", 23, Transport.TCP, "telnet");
    Finding found = new Finding(creds.id(), Outcome.FAIL, creds.provisions(), telnet, "check.net.telnet.default-credentials.found",
        List.of("root"), List.of(new CredentialEvidence("root", new Secret("xc3511"), true, "shell prompt"),
            new Transcript("telnet", List.of(Transcript.Line.received("login:"), Transcript.Line.sent("root"),
                Transcript.Line.received("Password:"), Transcript.Line.sentSecret("xc3511"), Transcript.Line.received("# ")))),
        Confidence.HIGH);
    Finding device = new Finding(creds.id(), Outcome.INCONCLUSIVE, creds.provisions(), new Subject.Device("192.0.2.10"),
        "engine.inconclusive.deadline", List.of(creds.id(), "deadline"), List.of(), Confidence.HIGH);
    Target target = new Target.NetworkDevice("camera", InetAddress.getByName("192.0.2.10"), Optional.empty());
    Facts facts = Facts.of(List.of(new ServiceFact(telnet, false, "BusyBox", "1.35", "login:", Map.of())));
    AssessmentResult result = new AssessmentResult(target, Instant.parse("2026-01-01T00:00:00Z"), Duration.ofSeconds(3),
        List.of(found, device), facts, Map.of(creds.id(), creds),
        List.of(new RunTime(creds.id(), telnet, Duration.ofMillis(600), Duration.ofMillis(1200))), 2);
    return new Assessor(CATALOG, Clock.systemUTC(), new Report.ToolInfo("iotcop", "test", CATALOG.dataVersion()))
        .report(result, "2.1.1", Declarations.NONE);
  }

  static String render(Report report, boolean showSecrets, Language lang) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonReportWriter().write(List.of(report), new RenderOptions(Messages.of(Messages.discover(JsonReportWriterTest.class.getClassLoader()),
        lang), CATALOG, showSecrets), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void reportFollowsThePublishedSchemaAndContract() throws Exception {
    JsonNode doc = JSON.readTree(render(sampleReport(), false, Language.EN));
    assertThat(schema.validate(doc)).isEmpty();
    assertThat(doc.path("schemaVersion").asText()).isEqualTo("1.0");
    JsonNode f = doc.path("findings").get(0);
    assertThat(f.path("checkId").asText()).isEqualTo("net.telnet.default-credentials");
    assertThat(f.path("outcome").asText()).isEqualTo("FAIL");
    assertThat(f.path("provisions")).extracting(JsonNode::asText).containsExactly("5.1-1", "5.1-2");
    assertThat(f.path("service").path("port").asInt()).isEqualTo(23);
    assertThat(f.path("service").path("protocol").asText()).isEqualTo("telnet");
    assertThat(doc.path("findings").get(1).path("service").isNull()).isTrue();
    JsonNode v = doc.path("verdicts").get(1);
    assertThat(v.path("provision").asText()).isEqualTo("5.1-1");
    assertThat(v.path("verdict").asText()).isEqualTo("FAIL");
    assertThat(v.path("reasons").get(0).path("findings")).extracting(JsonNode::asText).containsExactly("F1");
    assertThat(doc.path("guidelines").get(0).path("overall").asText()).isEqualTo("FAIL");
    assertThat(doc.path("regimes")).anySatisfy(r -> assertThat(r.path("item").asText()).isEqualTo("psti:sch1-para1"));
    JsonNode check = doc.path("checks").get(0);
    assertThat(check.path("durationMs").asLong()).isEqualTo(1200);
    JsonNode run = check.path("runs").get(0);
    assertThat(run.path("subject").path("label").asText()).isEqualTo("192.0.2.10:23/tcp telnet");
    assertThat(run.path("startMs").asLong()).isEqualTo(600);
    assertThat(run.path("durationMs").asLong()).isEqualTo(1200);
  }

  @Test
  void secretsAreMaskedUnlessAskedFor() throws Exception {
    String masked = render(sampleReport(), false, Language.EN);
    assertThat(masked).doesNotContain("xc3511").contains("x*****");
    assertThat(render(sampleReport(), true, Language.EN)).contains("xc3511");
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    new TextReportWriter().write(List.of(sampleReport()), new RenderOptions(Messages.of(Messages.discover(getClass().getClassLoader()),
        Language.EN), CATALOG, false), text);
    assertThat(text.toString(StandardCharsets.UTF_8)).doesNotContain("xc3511").contains("FAIL");
  }

  @Test
  void severalTargetsShareOneFile() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonReportWriter().write(List.of(sampleReport(), sampleReport()), new RenderOptions(Messages.of(
        Messages.discover(getClass().getClassLoader()), Language.EN), CATALOG, false), out);
    JsonNode doc = JSON.readTree(out.toByteArray());
    assertThat(schema.validate(doc)).isEmpty();
    assertThat(doc.path("targets")).hasSize(2);
  }

  @Test
  void everyLanguageRenders() throws Exception {
    for (Language lang : Language.values()) {
      JsonNode doc = JSON.readTree(render(sampleReport(), false, lang));
      assertThat(schema.validate(doc)).as(lang.code()).isEmpty();
    }
  }
}
