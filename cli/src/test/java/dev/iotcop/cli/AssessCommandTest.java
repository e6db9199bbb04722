package dev.iotcop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The assess command on loopback only: option checks and the report when nothing answers. */
class AssessCommandTest {
  @Test
  @Timeout(30)
  void aVersionTheCatalogDoesNotHoldIsRefusedBeforeAnyDeviceIsAssessed() {
    CliRun run = CliRun.of("assess", "127.0.0.1", "--ports", "1", "--udp-ports", "9", "--version", "9.9");
    assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("9.9").contains("2.1.1").doesNotContain("answered");
  }

  @Test
  @Timeout(60)
  void theCatalogLoadedWhileTheDeviceWasAssessedJudgesTheReport(@TempDir Path dir) throws Exception {
    int closed = CliRun.closedLoopbackPort();
    CliRun run = CliRun.in(dir, Map.of(), "assess", "127.0.0.1", "--ports", Integer.toString(closed), "--udp-ports", "9",
        "--format", "json", "--out", "report.json");
    assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.COULD_NOT_RUN);
    JsonNode report = new ObjectMapper().readTree(Files.readString(dir.resolve("report.json")));
    assertThat(report.path("tool").path("catalogVersion").asText()).isNotBlank();
    assertThat(report.path("verdicts").size()).as("a verdict for every provision of the default version").isGreaterThan(60);
    assertThat(report.path("checks")).anySatisfy(c -> assertThat(c.path("runs").size()).isPositive());
  }
}
