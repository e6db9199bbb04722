package dev.iotcop.net.proto;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real daemon started for one test on 127.0.0.1, waited for until its port answers, and always killed on close.
 * Output goes to a log file in the test's temporary directory so a failing test can show it.
 */
public final class LocalDaemon implements AutoCloseable {
  private static final Duration START_LIMIT = Duration.ofSeconds(10);
  private final Process process;
  private final Path log;
  private final int port;

  private LocalDaemon(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.port = port;
  }

  public static LocalDaemon start(List<String> command, int port, Path workDir) throws IOException, InterruptedException {
    Path log = workDir.resolve("daemon-" + port + ".log");
    Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
    LocalDaemon daemon = new LocalDaemon(p, log, port);
    long deadline = System.nanoTime() + START_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) {
        throw new IOException("daemon exited with " + p.exitValue() + ": " + daemon.logText());
      }
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return daemon;
      } catch (IOException notYet) {
        Thread.sleep(50);
      }
    }
    daemon.close();
    throw new IOException("daemon did not open port " + port + ": " + daemon.logText());
  }

  public int port() {
    return port;
  }

  public String logText() {
    try {
      return Files.exists(log) ? Files.readString(log) : "";
    } catch (IOException e) {
      return "(log unreadable)";
    }
  }

  /** A port that was free a moment ago on 127.0.0.1 (never 2024, which a host process holds). */
  public static int freePort() throws IOException {
    for (int i = 0; i < 20; i++) {
      try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
        if (s.getLocalPort() != 2024) {
          return s.getLocalPort();
        }
      }
    }
    throw new IOException("no free port");
  }

  public static boolean executable(String path) {
    return Files.isExecutable(Path.of(path));
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(3, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(3, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
