package dev.iotcop.bench;

import dev.iotcop.engine.check.Deadline;
import dev.iotcop.engine.check.ProgressSink;
import dev.iotcop.net.discovery.PortScanner;
import dev.iotcop.net.discovery.PortSpec;
import dev.iotcop.net.discovery.TcpPortScanner;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;

/**
 * One full-port scan in a fresh JVM, the way an assessment's discovery runs: prints the time of setting up the scanner
 * and scanning, in milliseconds, and the open ports. {@code bench/cold-scan} runs it repeatedly beside {@code nmap -sT -p-}.
 * Usage: ColdScan ADDRESS poll|threads WINDOW
 */
public final class ColdScan {
  private ColdScan() {}

  public static void main(String[] args) throws Exception {
    InetAddress address = InetAddress.getByName(args[0]);
    if (!address.isLoopbackAddress() && !address.getHostAddress().startsWith("10.213.")) {
      throw new IllegalArgumentException("benchmarks scan only loopback or lab namespace addresses, not " + address);
    }
    int window = Integer.parseInt(args[2]);
    Duration timeout = Duration.ofSeconds(2);
    long start = System.nanoTime();
    PortScanner scanner = switch (args[1]) {
      case "poll" -> PortScanner.polling(window, timeout)
          .orElseThrow(() -> new IllegalStateException("the polling scanner needs Linux and --enable-native-access"));
      case "threads" -> new TcpPortScanner(window, timeout);
      default -> throw new IllegalArgumentException("scanner must be poll or threads, not " + args[1]);
    };
    long ready = System.nanoTime();
    PortScanner.ScanResult r = scanner.scan(address, PortSpec.all(), Deadline.in(Duration.ofMinutes(2), Clock.systemUTC()),
        ProgressSink.NONE);
    long end = System.nanoTime();
    System.out.println((end - start) / 1_000_000 + " " + r.open() + " (setting up the scanner: " + (ready - start) / 1_000_000 + " ms)");
  }
}
