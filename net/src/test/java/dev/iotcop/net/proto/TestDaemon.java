package dev.iotcop.net.proto;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real daemon started by a test on a loopback port, with its output in a log file of the test's temporary directory.
 * Closing it kills the process (and its children) and waits for them to end.
 */
public final class TestDaemon implements AutoCloseable {
  public static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
  private static final int RESERVED_PORT = 2024;

  private final Process process;
  private final Path log;

  private TestDaemon(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  public static TestDaemon start(Path directory, String name, Map<String, String> environment, List<String> command) {
    Path log = directory.resolve(name + ".log");
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    try {
      return new TestDaemon(builder.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Skips the calling test when the program is not installed. */
  public static Path requireProgram(String... candidates) {
    Optional<Path> found = findProgram(candidates);
    assumeTrue(found.isPresent(), "not installed: " + String.join(" or ", candidates));
    return found.get();
  }

  public static Optional<Path> findProgram(String... candidates) {
    return Stream.of(candidates).map(Path::of).filter(Files::isExecutable).findFirst();
  }

  /**
   * A BusyBox that has the telnetd applet: {@code IOTCOP_BUSYBOX_STATIC}, else the lab's cached static build, else the
   * system's.
   */
  public static Optional<Path> busyBoxWithTelnetd() {
    String configured = System.getenv("IOTCOP_BUSYBOX_STATIC");
    if (configured != null && Files.isExecutable(Path.of(configured))) {
      return Optional.of(Path.of(configured));
    }
    String labCache = System.getenv().getOrDefault("IOTCOP_LAB_CACHE", "/var/cache/iotcop-lab");
    return findProgram(labCache + "/busybox", "/bin/busybox", "/usr/bin/busybox").filter(TestDaemon::hasTelnetd);
  }

  private static boolean hasTelnetd(Path busybox) {
    try {
      Process list = new ProcessBuilder(busybox.toString(), "--list").redirectErrorStream(true).start();
      String applets = new String(list.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
      return list.waitFor() == 0 && applets.lines().anyMatch("telnetd"::equals);
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** A TCP port on loopback that was free a moment ago (never the reserved host port). */
  public static int freeTcpPort() {
    for (int attempt = 0; attempt < 20; attempt++) {
      try (ServerSocket socket = new ServerSocket(0, 1, LOOPBACK)) {
        if (socket.getLocalPort() != RESERVED_PORT) {
          return socket.getLocalPort();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    throw new IllegalStateException("no free TCP port");
  }

  public static int freeUdpPort() {
    for (int attempt = 0; attempt < 20; attempt++) {
      try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0))) {
        if (socket.getLocalPort() != RESERVED_PORT) {
          return socket.getLocalPort();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    throw new IllegalStateException("no free UDP port");
  }

  /** Waits until the daemon accepts TCP connections on the port, or fails with its log. */
  public void awaitTcp(int port, Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("daemon exited with " + process.exitValue() + ":\n" + log());
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(LOOPBACK, port), 200);
        return;
      } catch (IOException notYet) {
        pause();
      }
    }
    throw new IllegalStateException("daemon did not listen on " + port + " in " + limit + ":\n" + log());
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public String log() {
    try {
      return Files.exists(log) ? Files.readString(log) : "";
    } catch (IOException e) {
      return "(log unreadable: " + e + ")";
    }
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroy();
    try {
      if (!process.waitFor(3, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(3, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
