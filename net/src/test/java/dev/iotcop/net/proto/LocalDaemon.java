package dev.iotcop.net.proto;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A {@link TestDaemon} started for one loopback port, returned once it accepts connections there. */
public record LocalDaemon(TestDaemon daemon, int port) implements AutoCloseable {
  private static final Duration START_LIMIT = Duration.ofSeconds(10);

  public static LocalDaemon start(List<String> command, int port, Path workDir) {
    TestDaemon daemon = TestDaemon.start(workDir, "daemon-" + port, Map.of(), command);
    try {
      daemon.awaitTcp(port, START_LIMIT);
    } catch (RuntimeException e) {
      daemon.close();
      throw e;
    }
    return new LocalDaemon(daemon, port);
  }

  public String logText() {
    return daemon.log();
  }

  public static int freePort() {
    return TestDaemon.freeTcpPort();
  }

  public static boolean executable(String path) {
    return Files.isExecutable(Path.of(path));
  }

  @Override
  public void close() {
    daemon.close();
  }
}
