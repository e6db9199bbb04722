package dev.iotcop.net.proto.snmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iotcop.net.proto.TestDaemon;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class SnmpClientTest {
  private static final Duration TIMEOUT = Duration.ofMillis(700);

  @TempDir
  Path directory;

  private TestDaemon startSnmpd(int port) throws IOException {
    Path snmpd = TestDaemon.requireProgram("/usr/sbin/snmpd");
    Path config = directory.resolve("snmpd.conf");
    Files.writeString(config, """
        rocommunity s3cret 127.0.0.1
        sysDescr Test agent for iotcop
        sysName iotcop-test-agent
        sysContact ops@example.test
        sysLocation Lab bench 4
        """);
    return TestDaemon.start(directory, "snmpd",
        Map.of("SNMP_PERSISTENT_DIR", directory.resolve("persist").toString(), "MIBS", ""),
        List.of(snmpd.toString(), "-f", "-Lo", "-C", "-c", config.toString(), "-p", directory.resolve("pid").toString(),
            "udp:127.0.0.1:" + port));
  }

  /** The agent needs a moment to bind; until then the port is unreachable and the client says so. */
  private static Optional<SystemGroup> readWhenReady(SnmpClient client, SnmpVersion version, String community)
      throws IOException, InterruptedException {
    for (int attempt = 0; attempt < 40; attempt++) {
      try {
        Optional<SystemGroup> system = client.readSystemGroup(version, community);
        if (system.isPresent()) {
          return system;
        }
      } catch (PortUnreachableException notBoundYet) {
        // try again below
      }
      Thread.sleep(100);
    }
    return Optional.empty();
  }

  @Test
  @Timeout(10)
  void aPortNothingListensOnIsReportedUnreachableNotSilent() throws IOException {
    SnmpClient client = new SnmpClient(new InetSocketAddress(TestDaemon.LOOPBACK, TestDaemon.freeUdpPort()), TIMEOUT, 1);
    assertThatThrownBy(() -> client.readSystemGroup(SnmpVersion.V2C, "public")).isInstanceOf(PortUnreachableException.class);
  }

  @Test
  @Timeout(30)
  void readsTheSystemGroupFromRealSnmpdWithV1AndV2c() throws IOException, InterruptedException {
    int port = TestDaemon.freeUdpPort();
    try (TestDaemon daemon = startSnmpd(port)) {
      SnmpClient client = new SnmpClient(new InetSocketAddress(TestDaemon.LOOPBACK, port), TIMEOUT, 1);
      Optional<SystemGroup> v2 = readWhenReady(client, SnmpVersion.V2C, "s3cret");
      assertThat(v2).as(daemon.log()).isPresent();
      assertThat(v2.get().description()).contains("Test agent for iotcop");
      assertThat(v2.get().objectId()).contains(Oid.parse("1.3.6.1.4.1.8072.3.2.10"));
      assertThat(v2.get().name()).contains("iotcop-test-agent");
      assertThat(v2.get().contact()).contains("ops@example.test");
      assertThat(v2.get().location()).contains("Lab bench 4");

      assertThat(client.readSystemGroup(SnmpVersion.V1, "s3cret")).isEqualTo(v2);
      SnmpClient quick = new SnmpClient(new InetSocketAddress(TestDaemon.LOOPBACK, port), TIMEOUT, 0);
      assertThat(quick.readSystemGroup(SnmpVersion.V2C, "public")).isEmpty();
      assertThat(quick.request(SnmpVersion.V1, "s3cret", PduType.GET_NEXT_REQUEST, List.of(Oid.parse("1.3.6.1.2.1.1"))))
          .get().extracting(m -> m.pdu().varBinds().getFirst().oid()).isEqualTo(SystemGroup.SYS_DESCR);
    }
  }

  @Test
  @Timeout(10)
  void ignoresMalformedAndMismatchedDatagramsUntilTheRealAnswer() throws Exception {
    try (DatagramSocket agent = new DatagramSocket(new InetSocketAddress(TestDaemon.LOOPBACK, 0))) {
      Thread responder = Thread.ofVirtual().start(() -> answerAfterNoise(agent));
      SnmpClient client = new SnmpClient(new InetSocketAddress(TestDaemon.LOOPBACK, agent.getLocalPort()),
          Duration.ofSeconds(3), 0);
      Optional<SystemGroup> system = client.readSystemGroup(SnmpVersion.V2C, "public");
      responder.join(3000);
      assertThat(system).get().extracting(SystemGroup::name).isEqualTo(Optional.of("noisy"));
    }
  }

  private static void answerAfterNoise(DatagramSocket agent) {
    try {
      byte[] buffer = new byte[2048];
      DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
      agent.receive(packet);
      SnmpMessage request = SnmpCodec.decode(Arrays.copyOf(buffer, packet.getLength()));
      Pdu asked = request.pdu();
      send(agent, packet, new byte[] {0x30, (byte) 0x84, 0x7f});
      send(agent, packet, SnmpCodec.encode(new SnmpMessage(SnmpVersion.V2C, "public",
          new Pdu(PduType.RESPONSE, asked.requestId() + 1, 0, 0, List.of()))));
      send(agent, packet, SnmpCodec.encode(new SnmpMessage(SnmpVersion.V2C, "other",
          new Pdu(PduType.RESPONSE, asked.requestId(), 0, 0, List.of()))));
      send(agent, packet, SnmpCodec.encode(new SnmpMessage(SnmpVersion.V2C, "public", new Pdu(PduType.RESPONSE,
          asked.requestId(), 0, 0, List.of(new VarBind(SystemGroup.SYS_NAME, SnmpValue.OctetString.of("noisy")))))));
    } catch (IOException | SnmpFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void send(DatagramSocket socket, DatagramPacket to, byte[] bytes) throws IOException {
    socket.send(new DatagramPacket(bytes, bytes.length, to.getSocketAddress()));
  }
}
