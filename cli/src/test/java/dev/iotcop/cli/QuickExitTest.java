package dev.iotcop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The executable in a process of its own, ending an assessment through the C library's exit. */
class QuickExitTest {
  @Test
  @Timeout(60)
  void anAssessmentEndsWithItsExitCodeAndAllOfItsOutput(@TempDir Path dir) throws Exception {
    int closed = CliRun.closedLoopbackPort();
    String java = ProcessHandle.current().info().command().orElseThrow();
    Path stdout = dir.resolve("stdout.json");
    Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), "--enable-native-access=ALL-UNNAMED",
        Main.class.getName(), "assess", "127.0.0.1", "--ports", Integer.toString(closed), "--udp-ports", "9", "--format", "json"))
        .directory(dir.toFile()).redirectOutput(stdout.toFile()).redirectError(dir.resolve("stderr.txt").toFile()).start();
    assertThat(p.waitFor(50, TimeUnit.SECONDS)).isTrue();
    String err = Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(err).isEqualTo(ExitCodes.COULD_NOT_RUN);
    assertThat(err).contains("127.0.0.1");
    assertThat(new ObjectMapper().readTree(stdout.toFile()).path("verdicts").size()).as("the whole report reached stdout")
        .isGreaterThan(60);
  }
}
