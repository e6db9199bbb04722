package dev.iotcop.net.proto;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a session ends: against BusyBox telnetd (which ends the session when it reads our end of stream), and against
 * loopback listeners of the test's own for the servers that do not close, keep talking, or reset.
 */
class SessionEndTest {
  @Test
  @Timeout(30)
  void busyBoxTelnetdClosesItsEndAfterOurHalfClose(@TempDir Path directory) throws Exception {
    Optional<Path> busybox = TestDaemon.busyBoxWithTelnetd();
    org.junit.jupiter.api.Assumptions.assumeTrue(busybox.isPresent(), "BusyBox with telnetd not found (set IOTCOP_BUSYBOX_STATIC)");
    int port = TestDaemon.freeTcpPort();
    try (TestDaemon telnetd = TestDaemon.start(directory, "telnetd", java.util.Map.of(),
        List.of(busybox.get().toString(), "telnetd", "-F", "-p", Integer.toString(port), "-b", "127.0.0.1", "-l", "/bin/cat"))) {
      telnetd.awaitTcp(port, Duration.ofSeconds(10));
      try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
        s.setSoTimeout(2000);
        assertThat(s.getInputStream().read()).as("telnetd's first negotiation byte").isNotNegative();
        assertThat(SessionEnd.halfCloseAndAwait(s, Duration.ofSeconds(5))).isTrue();
        assertThat(s.isOutputShutdown()).isTrue();
      }
    }
  }

  @Test
  @Timeout(10)
  void aServerThatKeepsItsEndOpenIsWaitedForOnlyUntilTheBound() throws Exception {
    try (ServerSocket listener = listener(); Socket client = connect(listener); Socket server = listener.accept()) {
      long t0 = System.nanoTime();
      assertThat(SessionEnd.halfCloseAndAwait(client, Duration.ofMillis(200))).isFalse();
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
      assertThat(server.getInputStream().read()).as("the server saw our end of stream").isEqualTo(-1);
    }
  }

  @Test
  @Timeout(10)
  void whatTheServerSendsBeforeClosingIsDroppedUpToACap() throws Exception {
    try (ServerSocket listener = listener(); Socket client = connect(listener); Socket server = listener.accept()) {
      server.getOutputStream().write("goodbye\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      server.close();
      assertThat(SessionEnd.halfCloseAndAwait(client, Duration.ofSeconds(5))).isTrue();
    }
    CountDownLatch stop = new CountDownLatch(1);
    try (ServerSocket listener = listener(); Socket client = connect(listener); Socket server = listener.accept()) {
      Thread flood = Thread.ofVirtual().start(() -> {
        byte[] chunk = new byte[8192];
        try (OutputStream out = server.getOutputStream()) {
          while (!stop.await(0, TimeUnit.MILLISECONDS)) {
            out.write(chunk);
          }
        } catch (Exception ignored) {
          // the client closed
        }
      });
      assertThat(SessionEnd.halfCloseAndAwait(client, Duration.ofSeconds(5))).as("a server that keeps talking").isFalse();
      stop.countDown();
      client.close();
      flood.join(5000);
    }
  }

  @Test
  @Timeout(10)
  void aResetCountsAsTheServerClosingAndAClosedSocketAsNothingSeen() throws Exception {
    try (ServerSocket listener = listener(); Socket client = connect(listener); Socket server = listener.accept()) {
      server.setSoLinger(true, 0);
      server.close();
      assertThat(SessionEnd.halfCloseAndAwait(client, Duration.ofSeconds(5))).isTrue();
    }
    try (ServerSocket listener = listener(); Socket client = connect(listener); Socket _ = listener.accept()) {
      client.close();
      assertThat(SessionEnd.halfCloseAndAwait(client, Duration.ofSeconds(1))).isFalse();
      assertThat(SessionEnd.awaitServerClose(client, Duration.ofSeconds(1))).isFalse();
    }
    try (ServerSocket listener = listener(); Socket client = connect(listener); Socket server = listener.accept()) {
      server.close();
      assertThat(SessionEnd.halfCloseAndAwait(client, Duration.ZERO)).as("no time to wait").isFalse();
      try (InputStream in = client.getInputStream()) {
        assertThat(in.read()).isEqualTo(-1);
      }
    }
  }

  private static ServerSocket listener() throws Exception {
    ServerSocket s = new ServerSocket();
    s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    return s;
  }

  private static Socket connect(ServerSocket listener) throws Exception {
    Socket s = new Socket();
    s.connect(listener.getLocalSocketAddress(), 2000);
    return s;
  }
}
