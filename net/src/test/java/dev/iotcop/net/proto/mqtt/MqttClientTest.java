package dev.iotcop.net.proto.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iotcop.net.proto.TestDaemon;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class MqttClientTest {
  private static final Duration WAIT = Duration.ofSeconds(3);

  @TempDir
  Path directory;

  private record Broker(TestDaemon daemon, InetSocketAddress address) implements AutoCloseable {
    @Override
    public void close() {
      daemon.close();
    }
  }

  private Broker startMosquitto(boolean allowAnonymous) throws IOException, InterruptedException {
    Path mosquitto = TestDaemon.requireProgram("/usr/sbin/mosquitto");
    Path passwd = TestDaemon.requireProgram("/usr/bin/mosquitto_passwd");
    Path passwordFile = directory.resolve("passwords");
    Process made = new ProcessBuilder(passwd.toString(), "-c", "-b", passwordFile.toString(), "alice", "wonderland")
        .redirectErrorStream(true).redirectOutput(directory.resolve("passwd.log").toFile()).start();
    assertThat(made.waitFor()).isZero();
    int port = TestDaemon.freeTcpPort();
    Path config = directory.resolve("mosquitto.conf");
    Files.writeString(config, """
        listener %d 127.0.0.1
        allow_anonymous %s
        password_file %s
        persistence false
        user root
        log_dest stdout
        """.formatted(port, allowAnonymous, passwordFile));
    TestDaemon daemon = TestDaemon.start(directory, "mosquitto", Map.of(), List.of(mosquitto.toString(), "-c",
        config.toString()));
    daemon.awaitTcp(port, Duration.ofSeconds(10));
    return new Broker(daemon, new InetSocketAddress(TestDaemon.LOOPBACK, port));
  }

  private static ConnectResult connect(InetSocketAddress broker, MqttPacket.Connect connect) throws IOException {
    try (MqttClient client = MqttClient.open(broker, connect.version(), WAIT)) {
      return client.connect(connect, WAIT);
    }
  }

  private static int code(ConnectResult result) {
    assertThat(result).isInstanceOf(ConnectResult.Acknowledged.class);
    return ((ConnectResult.Acknowledged) result).connack().code();
  }

  @Test
  @Timeout(30)
  void anonymousBrokerAcceptsAndSharesItsSysTopics() throws Exception {
    try (Broker broker = startMosquitto(true);
         MqttClient client = MqttClient.open(broker.address(), MqttVersion.V3_1_1, WAIT)) {
      ConnectResult result = client.connect(MqttPacket.Connect.anonymous(MqttVersion.V3_1_1, "iotcop-probe"), WAIT);
      assertThat(code(result)).isEqualTo(ConnectReturnCode.ACCEPTED.code());
      CollectedMessages collected = client.collect(List.of("#", "$SYS/#"), 5, WAIT);
      assertThat(collected.suback()).get().extracting(MqttPacket.Suback::codes).isEqualTo(List.of(0, 0));
      assertThat(collected.messages()).hasSize(5).allSatisfy(p -> assertThat(p.topic()).startsWith("$SYS/"));
      assertThat(collected.closedByBroker()).isFalse();
    }
  }

  @Test
  @Timeout(30)
  void passwordBrokerClassifiesEachCredential() throws Exception {
    try (Broker broker = startMosquitto(false)) {
      InetSocketAddress address = broker.address();
      assertThat(code(connect(address, MqttPacket.Connect.anonymous(MqttVersion.V3_1_1, "anon"))))
          .isEqualTo(ConnectReturnCode.NOT_AUTHORIZED.code());
      assertThat(code(connect(address,
          MqttPacket.Connect.withCredentials(MqttVersion.V3_1_1, "bad", "alice", "guess"))))
          .isEqualTo(ConnectReturnCode.NOT_AUTHORIZED.code());
      assertThat(code(connect(address,
          MqttPacket.Connect.withCredentials(MqttVersion.V3_1_1, "good", "alice", "wonderland")))).isZero();
      assertThat(code(connect(address, MqttPacket.Connect.withCredentials(MqttVersion.V5, "bad5", "alice", "guess"))))
          .isEqualTo(ConnackReasonCode.NOT_AUTHORIZED.code());
      assertThat(code(connect(address,
          MqttPacket.Connect.withCredentials(MqttVersion.V5, "good5", "alice", "wonderland")))).isZero();
    }
  }

  @Test
  @Timeout(10)
  void reportsABrokerThatClosesOrStaysSilent() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 5, TestDaemon.LOOPBACK)) {
      InetSocketAddress address = new InetSocketAddress(TestDaemon.LOOPBACK, server.getLocalPort());
      Thread closer = Thread.ofVirtual().start(() -> {
        try (Socket first = server.accept()) {
          first.getInputStream().read(new byte[64]);
        } catch (IOException ignored) {
          // the test fails on its own assertions if the exchange breaks
        }
        try (Socket _ = server.accept()) {
          Thread.sleep(1500);
        } catch (IOException | InterruptedException ignored) {
          // closing is the point
        }
      });
      assertThat(connect(address, MqttPacket.Connect.anonymous(MqttVersion.V3_1_1, "x")))
          .isInstanceOf(ConnectResult.ClosedWithoutConnack.class);
      try (MqttClient client = MqttClient.open(address, MqttVersion.V3_1_1, WAIT)) {
        assertThat(client.connect(MqttPacket.Connect.anonymous(MqttVersion.V3_1_1, "y"), Duration.ofMillis(300)))
            .isInstanceOf(ConnectResult.NoReply.class);
        assertThatThrownBy(() -> client.collect(List.of("#"), 1, WAIT)).isInstanceOf(IllegalStateException.class);
      }
      closer.join(3000);
    }
  }
}
