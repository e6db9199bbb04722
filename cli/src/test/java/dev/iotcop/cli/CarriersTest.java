package dev.iotcop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The executable's carrier threads for virtual threads, observed in a process of its own. */
class CarriersTest {
  private static int carriers(String... jvmOptions) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow()));
    cmd.addAll(List.of(jvmOptions));
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), CarrierProbe.class.getName()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(p.exitValue()).as(out).isZero();
    return Integer.parseInt(out);
  }

  @Test
  @Timeout(60)
  void busyChecksGetAtLeastFourCarriersEvenOnASmallMachine() throws Exception {
    assertThat(carriers("-XX:ActiveProcessorCount=2")).isGreaterThanOrEqualTo(Main.MIN_CARRIERS);
  }

  @Test
  @Timeout(60)
  void aNumberTheUserChoseIsKept() throws Exception {
    assertThat(carriers("-XX:ActiveProcessorCount=2", "-D" + Main.PARALLELISM + "=2")).isEqualTo(2);
  }
}
