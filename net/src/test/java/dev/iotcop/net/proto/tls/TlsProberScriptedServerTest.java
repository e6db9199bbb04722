package dev.iotcop.net.proto.tls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iotcop.net.proto.Octets;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.SocketFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The prober against a scripted loopback peer, for what no installed daemon still does: answering SSLv3, and
 * trickling bytes to hold a connection open.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TlsProberScriptedServerTest {

  private static TlsProber prober(int port, Duration readTimeout) {
    return new TlsProber(new TlsProber.Endpoint("127.0.0.1", port, Optional.empty(), Duration.ofSeconds(2),
        readTimeout), SocketFactory.getDefault(), CipherSuiteRegistry.load());
  }

  @Test
  void sslv3ServerHelloCountsAsAccepted() throws Exception {
    AtomicReference<ClientHello> seen = new AtomicReference<>();
    try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getByName("127.0.0.1"))) {
      Thread.ofVirtual().start(() -> {
        try (Socket s = server.accept()) {
          DataInputStream in = new DataInputStream(s.getInputStream());
          byte[] header = new byte[5];
          in.readFully(header);
          byte[] fragment = new byte[((header[3] & 0xFF) << 8) | (header[4] & 0xFF)];
          in.readFully(fragment);
          ClientHello hello = ClientHello.decode(TlsHandshake.decode(fragment).body().toByteArray());
          seen.set(hello);
          ServerHello reply = new ServerHello(0x0300, Octets.of(new byte[32]), Octets.empty(),
              hello.cipherSuites().getFirst(), 0, List.of());
          byte[] hs = new TlsHandshake(TlsHandshake.SERVER_HELLO, Octets.of(reply.encodeBody())).encode();
          OutputStream out = s.getOutputStream();
          out.write(TlsRecord.wrap(TlsRecord.HANDSHAKE, 0x0300, hs));
          out.flush();
        } catch (IOException | TlsProtocolException e) {
          seen.set(null);
        }
      });
      HelloOutcome outcome = prober(server.getLocalPort(), Duration.ofSeconds(2)).probeVersion(TlsVersion.SSL_3_0);
      assertThat(VersionSupport.accepts(TlsVersion.SSL_3_0, outcome)).isTrue();
      assertThat(seen.get().legacyVersion()).isEqualTo(0x0300);
      assertThat(seen.get().extensions()).isEmpty();
      assertThat(seen.get().cipherSuites()).contains(0x00FF).doesNotContain(0xC02F);
    }
  }

  @Test
  void tricklingPeerIsCutOffByTheTotalBudget() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getByName("127.0.0.1"))) {
      Thread.ofVirtual().start(() -> {
        try (Socket s = server.accept()) {
          byte[] endless = {0x16, 0x03, 0x03, 0x40, 0x00};
          for (int i = 0; i < 200; i++) {
            s.getOutputStream().write(endless[Math.min(i, endless.length - 1)]);
            s.getOutputStream().flush();
            Thread.sleep(100);
          }
        } catch (IOException | InterruptedException ignored) {
          // the prober hangs up first
        }
      });
      long start = System.nanoTime();
      HelloOutcome outcome = prober(server.getLocalPort(), Duration.ofMillis(300)).probeVersion(TlsVersion.TLS_1_2);
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertThat(outcome).isInstanceOf(HelloOutcome.NotTls.class);
      assertThat(took).isLessThan(Duration.ofSeconds(4));
    }
  }
}
