package dev.iotcop.net.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iotcop.engine.check.Deadline;
import dev.iotcop.engine.check.ProgressSink;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Both TCP scanners against real loopback listeners: they must see exactly the same ports. */
class PortScannersTest {
  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

  static List<PortScanner> scanners(int concurrency, Duration timeout) {
    List<PortScanner> all = new ArrayList<>();
    all.add(new TcpPortScanner(concurrency, timeout));
    PortScanner.polling(concurrency, timeout).ifPresent(all::add);
    // Three lanes even for a few ports, so splitting and merging are tested on every list.
    LinuxSockets.available().ifPresent(s -> all.add(new PollingPortScanner(s, concurrency, timeout, 3, 1)));
    return all;
  }

  static Deadline minutes(int n) {
    return Deadline.in(Duration.ofMinutes(n), Clock.systemUTC());
  }

  @Test
  void thePollingScannerIsWhatLinuxWithNativeAccessGets() {
    boolean linux = System.getProperty("os.name").toLowerCase(Locale.ROOT).equals("linux");
    boolean nativeAccess = PortScanner.class.getModule().isNativeAccessEnabled();
    assertThat(PortScanner.best(100, Duration.ofSeconds(1)).name()).isEqualTo(linux && nativeAccess ? "poll" : "virtual-threads");
    assertThat(PortScanner.polling(100, Duration.ofSeconds(1))).isPresent().as("the build runs tests with native access on Linux");
  }

  @Property(tries = 12)
  void bothScannersFindExactlyTheListeningPorts(@ForAll @IntRange(min = 0, max = 6) int listeners,
      @ForAll @IntRange(min = 1, max = 40) int closed, @ForAll @IntRange(min = 1, max = 64) int concurrency) throws Exception {
    List<ServerSocket> servers = new ArrayList<>();
    try {
      TreeSet<Integer> expected = new TreeSet<>();
      for (int i = 0; i < listeners; i++) {
        ServerSocket s = new ServerSocket(0, 50, LOOPBACK);
        servers.add(s);
        expected.add(s.getLocalPort());
      }
      TreeSet<Integer> ports = new TreeSet<>(expected);
      for (int i = 0; i < closed; i++) {
        try (ServerSocket gone = new ServerSocket(0, 1, LOOPBACK)) {
          ports.add(gone.getLocalPort());
        }
      }
      PortSpec spec = PortSpec.parse(ports.stream().map(String::valueOf).collect(Collectors.joining(",")));
      for (PortScanner scanner : scanners(concurrency, Duration.ofSeconds(2))) {
        java.util.Queue<Integer> told = new java.util.concurrent.ConcurrentLinkedQueue<>();
        PortScanner.ScanResult r = scanner.scan(LOOPBACK, spec, minutes(1), ProgressSink.NONE, told::add);
        assertThat(r.open()).as(scanner.name()).containsExactlyElementsOf(expected);
        assertThat(told).as("%s tells of each open port once, as found", scanner.name()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(r.attempted()).isEqualTo(ports.size());
        assertThat(r.filtered()).isZero();
        assertThat(r.completed()).isTrue();
      }
    } finally {
      for (ServerSocket s : servers) {
        s.close();
      }
    }
  }

  @Test
  @Timeout(30)
  void aPortThatNeverAnswersIsFilteredAfterTheConnectTimeout() throws Exception {
    // A listener that never accepts: once its accept queue is full the kernel drops further SYNs unanswered,
    // which is what a firewall that drops packets looks like from outside.
    try (ServerSocket silent = new ServerSocket(0, 1, LOOPBACK); ServerSocket open = new ServerSocket(0, 50, LOOPBACK)) {
      List<Socket> fillers = fillAcceptQueue(silent);
      try {
        PortSpec spec = PortSpec.parse(silent.getLocalPort() + "," + open.getLocalPort());
        for (PortScanner scanner : scanners(4, Duration.ofMillis(400))) {
          PortScanner.ScanResult r = scanner.scan(LOOPBACK, spec, minutes(1), ProgressSink.NONE);
          assertThat(r.open()).as(scanner.name()).containsExactly(open.getLocalPort());
          assertThat(r.filtered()).as(scanner.name()).isEqualTo(1);
          assertThat(r.completed()).isTrue();
        }
      } finally {
        for (Socket s : fillers) {
          s.close();
        }
      }
    }
  }

  private static List<Socket> fillAcceptQueue(ServerSocket silent) throws IOException {
    List<Socket> fillers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Socket s = new Socket();
      fillers.add(s);
      try {
        s.connect(new InetSocketAddress(LOOPBACK, silent.getLocalPort()), 300);
      } catch (IOException full) {
        return fillers;
      }
    }
    throw new IllegalStateException("the accept queue of a backlog-1 listener never filled");
  }

  @Test
  void aPassedDeadlineStopsTheScanAndSaysItIsIncomplete() throws Exception {
    Deadline passed = Deadline.in(Duration.ZERO, Clock.systemUTC());
    for (PortScanner scanner : scanners(16, Duration.ofSeconds(1))) {
      PortScanner.ScanResult r = scanner.scan(LOOPBACK, PortSpec.parse("1-2000"), passed, ProgressSink.NONE);
      assertThat(r.completed()).as(scanner.name()).isFalse();
      assertThat(r.attempted()).isLessThan(2000);
    }
  }

  @Test
  @Timeout(30)
  void anInterruptEndsTheScanPromptlyAndClosesItsSockets() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 1, LOOPBACK)) {
      List<Socket> fillers = fillAcceptQueue(silent);
      try {
        int closedA;
        int closedB;
        try (ServerSocket a = new ServerSocket(0, 1, LOOPBACK); ServerSocket b = new ServerSocket(0, 1, LOOPBACK)) {
          closedA = a.getLocalPort();
          closedB = b.getLocalPort();
        }
        PortSpec ports = PortSpec.parse(silent.getLocalPort() + "," + closedA + "," + closedB);
        LinuxSockets sockets = LinuxSockets.available().orElseThrow();
        for (PortScanner scanner : List.of(PortScanner.polling(1, Duration.ofMinutes(5)).orElseThrow(),
            new PollingPortScanner(sockets, 3, Duration.ofMinutes(5), 3, 1))) {
          Thread caller = Thread.currentThread();
          Thread.ofVirtual().start(() -> {
            try {
              Thread.sleep(300);
            } catch (InterruptedException e) {
              return;
            }
            caller.interrupt();
          });
          assertThatThrownBy(() -> scanner.scan(LOOPBACK, ports, minutes(10), ProgressSink.NONE))
              .isInstanceOf(InterruptedException.class);
          assertThat(Thread.interrupted()).isFalse();
        }
      } finally {
        for (Socket s : fillers) {
          s.close();
        }
      }
    }
  }

  @Test
  void ipv6LoopbackIsScannedToo() throws Exception {
    InetAddress v6 = InetAddress.getByName("::1");
    ServerSocket s;
    try {
      s = new ServerSocket(0, 50, v6);
    } catch (IOException noIpv6) {
      org.junit.jupiter.api.Assumptions.abort("no IPv6 loopback here: " + noIpv6.getMessage());
      return;
    }
    try (s) {
      for (PortScanner scanner : scanners(8, Duration.ofSeconds(1))) {
        PortScanner.ScanResult r = scanner.scan(v6, PortSpec.parse(s.getLocalPort() + ",1"), minutes(1), ProgressSink.NONE);
        assertThat(r.open()).as(scanner.name()).containsExactly(s.getLocalPort());
      }
    }
  }

  @Test
  void progressIsReportedUpToTheTotal() throws Exception {
    for (PortScanner scanner : scanners(64, Duration.ofSeconds(1))) {
      AtomicLong last = new AtomicLong();
      ProgressSink sink = new ProgressSink() {
        @Override
        public void step(String what, long done, long total) {
          assertThat(total).isEqualTo(3000);
          last.set(done);
        }

        @Override
        public void note(String text) {}
      };
      scanner.scan(LOOPBACK, PortSpec.parse("20001-23000"), minutes(1), sink);
      assertThat(last.get()).as(scanner.name()).isEqualTo(3000);
    }
  }

  @Test
  void aLongListIsSplitIntoLanesThatShareTheConcurrency() {
    LinuxSockets sockets = LinuxSockets.available().orElseThrow();
    assertThat(new PollingPortScanner(sockets, 1000, Duration.ofSeconds(1), 4, 4096).lanes(65535)).isEqualTo(4);
    assertThat(new PollingPortScanner(sockets, 1000, Duration.ofSeconds(1), 2, 4096).lanes(65535)).isEqualTo(2);
    assertThat(new PollingPortScanner(sockets, 1000, Duration.ofSeconds(1), 4, 4096).lanes(5000)).as("too few ports").isEqualTo(1);
    assertThat(new PollingPortScanner(sockets, 1, Duration.ofSeconds(1), 4, 4096).lanes(65535))
        .as("never more lanes than attempts allowed in flight").isEqualTo(1);
  }

  @Test
  void concurrencyBelowOneIsRefused() {
    assertThatThrownBy(() -> PortScanner.polling(0, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TcpPortScanner(0, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
  }
}
