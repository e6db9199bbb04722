package dev.iotcop.bench;

import dev.iotcop.engine.check.Deadline;
import dev.iotcop.engine.check.ProgressSink;
import dev.iotcop.net.discovery.PortScanner;
import dev.iotcop.net.discovery.PortSpec;
import dev.iotcop.net.discovery.TcpPortScanner;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Full TCP port discovery (65535 ports) of a loopback address, at several concurrency windows.
 * Loopback answers every closed port with a reset at once, so this measures the scanners' own cost per port.
 * Set {@code -Dbench.address=...} to scan an address inside a lab namespace instead (only addresses you created).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 8)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class PortScanBenchmark {
  @Param({"256", "512", "1000"})
  int window;

  InetAddress address;
  PortSpec all;

  @Setup
  public void setUp() throws UnknownHostException {
    address = InetAddress.getByName(System.getProperty("bench.address", "127.0.0.1"));
    if (!address.isLoopbackAddress() && !address.getHostAddress().startsWith("10.213.")) {
      throw new IllegalArgumentException("benchmarks scan only loopback or lab namespace addresses, not " + address);
    }
    all = PortSpec.all();
  }

  @Benchmark
  public int virtualThreadScanner() throws InterruptedException {
    return new TcpPortScanner(window, Duration.ofSeconds(2))
        .scan(address, all, Deadline.in(Duration.ofMinutes(2), Clock.systemUTC()), ProgressSink.NONE).open().size();
  }

  @Benchmark
  public int pollingScanner() throws InterruptedException {
    return PortScanner.polling(window, Duration.ofSeconds(2)).orElseThrow(() -> new IllegalStateException("no native access"))
        .scan(address, all, Deadline.in(Duration.ofMinutes(2), Clock.systemUTC()), ProgressSink.NONE).open().size();
  }
}
