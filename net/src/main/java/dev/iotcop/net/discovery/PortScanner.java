package dev.iotcop.net.discovery;

import dev.iotcop.engine.check.Deadline;
import dev.iotcop.engine.check.ProgressSink;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

/** A TCP connect scan of one address. Never has more than its concurrency of connection attempts in flight. */
public sealed interface PortScanner permits TcpPortScanner, PollingPortScanner {
  /** What the scan saw: open ports ascending, how many timed out or were unreachable, how many attempts were made. */
  record ScanResult(List<Integer> open, int filtered, int attempted, boolean completed) {}

  /** Scans {@code ports}, telling {@code found} of each open port as soon as it is seen (from the scanner's threads). */
  ScanResult scan(InetAddress address, PortSpec ports, Deadline deadline, ProgressSink progress, IntConsumer found)
      throws InterruptedException;

  default ScanResult scan(InetAddress address, PortSpec ports, Deadline deadline, ProgressSink progress)
      throws InterruptedException {
    return scan(address, ports, deadline, progress, port -> { });
  }

  /** A short name for evidence: which implementation ran. */
  String name();

  /**
   * The fastest scanner this process can run: non-blocking sockets polled in one thread through the C library where
   * that is allowed (Linux, native access enabled), otherwise one virtual thread per connection in flight.
   */
  static PortScanner best(int concurrency, Duration connectTimeout) {
    return polling(concurrency, connectTimeout).orElseGet(() -> new TcpPortScanner(concurrency, connectTimeout));
  }

  /**
   * Binds the C library calls on a background thread (about 0.1 s of work in a fresh JVM), so that a scan starting a
   * little later does not wait for it. Calling it more than once is harmless.
   */
  static void prepare() {
    Thread.ofPlatform().name("port-scanner-setup").daemon().start(LinuxSockets::available);
  }

  /** The polling scanner, where this process may call the C library. */
  static Optional<PortScanner> polling(int concurrency, Duration connectTimeout) {
    return LinuxSockets.available().map(sockets -> new PollingPortScanner(sockets, concurrency, connectTimeout));
  }
}
