package dev.iotcop.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Samples the established TCP connections inside a device's network namespace and keeps, per local port, the highest
 * number seen at once. It reads {@code /proc/PID/net/tcp} and {@code tcp6} of a process in the namespace (what
 * {@code ss -tn state established} would print, without starting a process per sample). Sampling stops on
 * {@link #close()} or after {@code maxDuration}, whichever comes first. Connections that open and close between two
 * samples are not seen, so a test should hold connections for longer than the interval.
 */
public final class ConnectionWatch implements AutoCloseable {
  private static final String ESTABLISHED = "01";
  private static final String TIME_WAIT = "06";
  private static final String LISTEN = "0A";

  private final List<Path> tables;
  private final Map<Integer, Integer> peaks = new ConcurrentHashMap<>();
  private final Map<String, Integer> ports;
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final Thread sampler;

  ConnectionWatch(long pidInNamespace, Map<String, Integer> tcpPorts, Duration interval, Duration maxDuration) {
    Path net = Path.of("/proc", Long.toString(pidInNamespace), "net");
    this.tables = List.of(net.resolve("tcp"), net.resolve("tcp6"));
    this.ports = Map.copyOf(tcpPorts);
    sample();
    long deadline = System.nanoTime() + maxDuration.toNanos();
    this.sampler = Thread.ofPlatform().daemon().name("lab-connection-watch").start(() -> {
      while (running.get() && System.nanoTime() < deadline) {
        sample();
        try {
          Thread.sleep(interval);
        } catch (InterruptedException e) {
          return;
        }
      }
      running.set(false);
    });
  }

  /** Highest number of simultaneous established connections to the service's (or endpoint's) port so far. */
  public int peak(String serviceOrEndpoint) {
    Integer port = ports.get(serviceOrEndpoint);
    if (port == null) {
      throw new IllegalArgumentException("no TCP service or endpoint '" + serviceOrEndpoint + "' on this device");
    }
    return peakOnPort(port);
  }

  public int peakOnPort(int port) {
    return peaks.getOrDefault(port, 0);
  }

  /** Established connections per local port right now. */
  public Map<Integer, Integer> current() {
    return count();
  }

  public boolean sampling() {
    return running.get();
  }

  private void sample() {
    count().forEach((port, n) -> peaks.merge(port, n, Math::max));
  }

  /**
   * Sockets on each local port in any state but listening and TIME_WAIT (so including connections the peer closed but
   * the daemon has not yet), read once from {@code /proc/PID/net/tcp*}.
   */
  static Map<Integer, Integer> busyPorts(long pidInNamespace) {
    Path net = Path.of("/proc", Long.toString(pidInNamespace), "net");
    Map<Integer, Integer> counts = new HashMap<>();
    for (Path table : List.of(net.resolve("tcp"), net.resolve("tcp6"))) {
      tally(table, state -> !state.equals(LISTEN) && !state.equals(TIME_WAIT), counts);
    }
    return counts;
  }

  /**
   * Counts sockets per local port. {@code /proc/net/tcp} is read in several chunks, and a socket table that changes in
   * between can list the same connection twice, so connections are counted by their distinct local and remote
   * addresses, never by lines.
   */
  private static void tally(Path table, java.util.function.Predicate<String> state, Map<Integer, Integer> counts) {
    List<String> lines;
    try {
      lines = Files.readAllLines(table);
    } catch (IOException e) {
      return;
    }
    Map<Integer, java.util.Set<String>> connections = new HashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      String[] fields = lines.get(i).strip().split("\\s+");
      if (fields.length > 3 && state.test(fields[3])) {
        String local = fields[1];
        int port = Integer.parseInt(local.substring(local.indexOf(':') + 1), 16);
        connections.computeIfAbsent(port, p -> new java.util.HashSet<>()).add(local + ">" + fields[2]);
      }
    }
    connections.forEach((port, distinct) -> counts.merge(port, distinct.size(), Integer::sum));
  }

  private Map<Integer, Integer> count() {
    Map<Integer, Integer> counts = new HashMap<>();
    for (Path table : tables) {
      tally(table, ESTABLISHED::equals, counts);
    }
    return counts;
  }

  @Override
  public void close() {
    running.set(false);
    sampler.interrupt();
    try {
      sampler.join(Duration.ofSeconds(2));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    sample();
  }
}
