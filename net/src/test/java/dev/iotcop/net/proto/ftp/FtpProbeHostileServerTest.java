package dev.iotcop.net.proto.ftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iotcop.net.proto.TestDaemon;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A loopback server that sends whatever the test says: the probe returns or fails only with declared exceptions. */
class FtpProbeHostileServerTest {

  private static void serve(ServerSocket server, byte[] greeting, byte[] afterCommand) {
    Thread.ofVirtual().start(() -> {
      try (Socket socket = server.accept()) {
        OutputStream out = socket.getOutputStream();
        out.write(greeting);
        out.flush();
        socket.setSoTimeout(150);
        if (socket.getInputStream().read() >= 0) {
          out.write(afterCommand);
        }
      } catch (IOException ignored) {
        // the probe side asserts
      }
    });
  }

  private static void probe(byte[] greeting, byte[] afterCommand, long maxBytes) throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, TestDaemon.LOOPBACK)) {
      serve(server, greeting, afterCommand);
      try (FtpProbe probe = FtpProbe.connect(new InetSocketAddress(TestDaemon.LOOPBACK, server.getLocalPort()),
          Duration.ofMillis(300), maxBytes)) {
        probe.login("user", "password");
      }
    }
  }

  @Property(tries = 80)
  void arbitraryRepliesGiveAResultOrADeclaredFailure(@ForAll @Size(max = 200) byte[] greeting,
      @ForAll @Size(max = 200) byte[] reply) throws Exception {
    try {
      probe(greeting, reply, 1024);
    } catch (FtpReplyException | IOException declared) {
      assertThat(declared).isNotNull();
    }
  }

  @Property(tries = 40)
  void validBannersWithArbitraryTextAreRead(@ForAll @Size(max = 60) String text) throws Exception {
    String clean = text.replaceAll("[\\r\\n]", " ");
    try (ServerSocket server = new ServerSocket(0, 1, TestDaemon.LOOPBACK)) {
      serve(server, ("220 " + clean + "\r\n").getBytes(StandardCharsets.UTF_8),
          "530 no\r\n".getBytes(StandardCharsets.US_ASCII));
      try (FtpProbe probe = FtpProbe.connect(new InetSocketAddress(TestDaemon.LOOPBACK, server.getLocalPort()),
          Duration.ofSeconds(2))) {
        assertThat(probe.banner().code()).isEqualTo(220);
        assertThat(probe.login("u", "p").outcome()).isEqualTo(FtpLoginOutcome.REJECTED);
      }
    }
  }

  @Test
  @Timeout(10)
  void aFloodingServerIsCutOffAtTheCap() throws Exception {
    byte[] flood = ("220-" + "x".repeat(100_000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> probe(flood, new byte[0], 4096)).isInstanceOf(FtpReplyException.class)
        .hasMessageContaining("more than 4096 bytes");
  }
}
