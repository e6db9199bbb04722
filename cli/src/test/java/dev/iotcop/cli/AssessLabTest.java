package dev.iotcop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.iotcop.lab.ConnectionWatch;
import dev.iotcop.lab.Lab;
import dev.iotcop.lab.LabDevice;
import dev.iotcop.lab.junit.RequiresLab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole assessment, through the command line, against real devices in network namespaces: the acceptance test of
 * network assessment. Every check that is on the class path takes part.
 */
class AssessLabTest {
  static final ObjectMapper JSON = new ObjectMapper();

  static JsonNode assess(LabDevice device, Path dir, String... extra) throws Exception {
    List<String> args = new ArrayList<>(List.of("assess", device.address().getHostAddress(), "--format", "json", "--out", "report.json"));
    args.addAll(List.of(extra));
    CliRun run = CliRun.in(dir, Map.of(), args.toArray(String[]::new));
    assertThat(run.err()).doesNotContain("internal error");
    JsonNode doc = JSON.readTree(Files.readString(dir.resolve("report.json")));
    var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
        .getSchema(Files.newInputStream(Path.of(System.getProperty("iotcop.root", ".."), "docs/schemas/iotcop-report-1.0.schema.json")));
    assertThat(schema.validate(doc)).as("report follows its schema").isEmpty();
    boolean anyFail = StreamSupport.stream(doc.path("verdicts").spliterator(), false).anyMatch(v -> v.path("verdict").asText().equals("FAIL"));
    assertThat(run.exit()).as("exit code 1 exactly when a provision fails").isEqualTo(anyFail ? 1 : 0);
    return doc;
  }

  static String verdict(JsonNode doc, String provision) {
    for (JsonNode v : doc.path("verdicts")) {
      if (v.path("provision").asText().equals(provision)) {
        return v.path("verdict").asText();
      }
    }
    throw new AssertionError("no verdict for " + provision);
  }

  static List<JsonNode> findings(JsonNode doc, String checkPrefix, String outcome) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode f : doc.path("findings")) {
      if (f.path("checkId").asText().startsWith(checkPrefix) && f.path("outcome").asText().equals(outcome)) {
        out.add(f);
      }
    }
    return out;
  }

  @Test
  @RequiresLab(profiles = "weak-camera")
  void weakCameraFailsPasswordsCommunicationAndAttackSurface(@TempDir Path dir) throws Exception {
    try (LabDevice camera = Lab.start("weak-camera")) {
      JsonNode doc = assess(camera, dir);
      assertThat(verdict(doc, "5.1-1")).isEqualTo("FAIL");
      assertThat(findings(doc, "net.telnet.default-credentials", "FAIL")).singleElement().satisfies(f -> {
        assertThat(f.path("service").path("port").asInt()).isEqualTo(23);
        assertThat(f.toString()).contains("\"username\":\"root\"").doesNotContain("xc3511");
      });
      assertThat(findings(doc, "net.http.default-credentials", "FAIL")).isNotEmpty();
      assertThat(verdict(doc, "5.5-1")).isEqualTo("FAIL");
      assertThat(findings(doc, "net.tls.configuration", "FAIL")).singleElement().satisfies(f ->
          assertThat(f.path("evidence").toString()).contains("TLSv1.0"));
      assertThat(findings(doc, "net.tls.certificate", "FAIL")).isNotEmpty();
      assertThat(findings(doc, "net.cleartext", "FAIL")).isNotEmpty();
      assertThat(List.of(verdict(doc, "5.6-1"), verdict(doc, "5.6-2"))).contains("FAIL");
      assertThat(doc.path("services").toString()).contains("\"protocol\":\"snmp\"", "\"protocol\":\"ssdp\"");
    }
  }

  @Test
  @RequiresLab(profiles = "hardened-hub")
  void hardenedHubGetsNoFalseFailure(@TempDir Path dir) throws Exception {
    try (LabDevice hub = Lab.start("hardened-hub")) {
      JsonNode doc = assess(hub, dir);
      List<String> failed = new ArrayList<>();
      doc.path("findings").forEach(f -> {
        if (f.path("outcome").asText().equals("FAIL") && !f.path("confidence").asText().equals("LOW")) {
          failed.add(f.path("checkId").asText() + ": " + f.path("message").asText());
        }
      });
      assertThat(failed).as("confident failures on the hardened hub").isEmpty();
      doc.path("verdicts").forEach(v -> assertThat(v.path("verdict").asText()).as(v.path("provision").asText()).isNotEqualTo("FAIL"));
      assertThat(findings(doc, "doc.security-txt", "PASS")).isNotEmpty();
      assertThat(findings(doc, "net.tls.configuration", "PASS")).isNotEmpty();
    }
  }

  @Test
  @RequiresLab(profiles = "fragile")
  void fragileDeviceIsNeverLockedOutNorCrowded(@TempDir Path dir) throws Exception {
    try (LabDevice fragile = Lab.start("fragile")) {
      JsonNode doc;
      try (ConnectionWatch watch = fragile.watchConnections(Duration.ofMillis(5), Duration.ofMinutes(10))) {
        doc = assess(fragile, dir);
        for (String service : List.of("ssh", "dropbear", "telnet", "ftp")) {
          assertThat(watch.peak(service)).as("peak concurrent connections on %s", service).isLessThanOrEqualTo(2);
        }
      }
      assertThat(fragile.lockedOutAccounts()).as("accounts locked by the assessment").isEmpty();
      assertThat(doc.path("peakConnections").asInt()).isLessThanOrEqualTo(6);
      assertThat(fragile.log("ftp")).as("vsftpd turned a client away").doesNotContainIgnoringCase("too many");
      for (String service : List.of("telnet", "dropbear")) {
        assertThat(fragile.log(service)).as("xinetd turned a %s client away", service).doesNotContain("service_limit");
      }
      assertThat(fragile.log("ssh")).as("sshd dropped a connection").doesNotContain("MaxStartups");
    }
  }
}
