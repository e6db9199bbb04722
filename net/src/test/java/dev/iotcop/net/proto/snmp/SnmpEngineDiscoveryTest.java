package dev.iotcop.net.proto.snmp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iotcop.net.proto.Octets;
import dev.iotcop.net.proto.TestDaemon;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class SnmpEngineDiscoveryTest {
  @TempDir
  Path directory;

  @Test
  void discoveryRequestIsTheEmptyNoAuthReportableMessage() throws SnmpFormatException {
    byte[] bytes = SnmpV3Codec.encode(SnmpV3Message.engineDiscovery(0x1234, 0x55));
    assertThat(HexFormat.of().formatHex(bytes)).isEqualTo(
        "3039020103" // SEQUENCE, version 3
            + "300f" + "02021234" + "020300ffe3" + "040104" + "020103" // msgID, msgMaxSize 65507, reportable, USM
            + "0410300e0400020100020100040004000400" // empty USM parameters
            + "301104000400a00b020155020100020100" + "3000"); // empty scoped PDU with an empty GetRequest
    SnmpV3Message decoded = SnmpV3Codec.decode(bytes);
    assertThat(decoded.reportable()).isTrue();
    assertThat(decoded.authenticated()).isFalse();
  }

  @Test
  void engineIdFormatsAreRead() {
    assertThat(new EngineId(Octets.fromHex("80001f8804696f74636f70")).content())
        .isEqualTo(new EngineId.Content.Text("iotcop"));
    assertThat(new EngineId(Octets.fromHex("80001f88030011223344aa")).content())
        .isEqualTo(new EngineId.Content.Mac("00:11:22:33:44:aa"));
    assertThat(new EngineId(Octets.fromHex("80001f8801c0000201")).content())
        .extracting(c -> ((EngineId.Content.Ipv4) c).address().getHostAddress()).isEqualTo("192.0.2.1");
    assertThat(new EngineId(Octets.fromHex("80001f888059dc4b6d6a4f2d6500000000")).content())
        .isInstanceOf(EngineId.Content.EnterpriseSpecific.class);
    assertThat(new EngineId(Octets.fromHex("80001f8803001122")).content()).isInstanceOf(EngineId.Content.Unstructured.class);
    assertThat(new EngineId(Octets.fromHex("80001f88")).enterprise()).isEmpty();
    assertThat(new EngineId(Octets.fromHex("80001f8804696f74636f70")).enterprise()).contains(8072L);
  }

  /** net-snmp answers the discovery request with its engine id, whatever the configured communities. */
  @Test
  @Timeout(30)
  void realSnmpdReportsItsEngineWithoutAnyCredential() throws Exception {
    Path snmpd = TestDaemon.requireProgram("/usr/sbin/snmpd");
    Path config = directory.resolve("snmpd.conf");
    Files.writeString(config, """
        rocommunity n0t-public 127.0.0.1
        engineID iotcop-test
        """);
    int port = TestDaemon.freeUdpPort();
    try (TestDaemon daemon = TestDaemon.start(directory, "snmpd",
        Map.of("SNMP_PERSISTENT_DIR", directory.resolve("persist").toString(), "MIBS", ""),
        List.of(snmpd.toString(), "-f", "-Lo", "-C", "-c", config.toString(), "-p", directory.resolve("pid").toString(),
            "udp:127.0.0.1:" + port))) {
      SnmpClient client = new SnmpClient(new InetSocketAddress(TestDaemon.LOOPBACK, port), Duration.ofMillis(500), 0);
      Optional<EngineDiscovery> found = Optional.empty();
      for (int attempt = 0; attempt < 40 && found.isEmpty(); attempt++) {
        try {
          found = client.discoverEngine();
        } catch (java.net.PortUnreachableException notBoundYet) {
          // snmpd has not bound its port yet
        }
        if (found.isEmpty()) {
          Thread.sleep(100);
        }
      }
      assertThat(found).as(daemon.log()).isPresent();
      EngineDiscovery discovery = found.get();
      assertThat(discovery.engineId().enterprise()).contains(8072L);
      assertThat(discovery.engineId().content()).isEqualTo(new EngineId.Content.Text("iotcop-test"));
      assertThat(discovery.engineBoots()).isPositive();
      assertThat(discovery.report()).extracting(VarBind::oid).contains(EngineDiscovery.UNKNOWN_ENGINE_IDS);
      assertThat(client.readSystemGroup(SnmpVersion.V2C, "public")).isEmpty();
    }
  }

  /** Replies from another message id, of another version, or that are not Reports are ignored. */
  @Test
  @Timeout(10)
  void onlyTheReportToItsOwnMessageCounts() throws Exception {
    try (DatagramSocket agent = new DatagramSocket(new InetSocketAddress(TestDaemon.LOOPBACK, 0))) {
      Thread responder = Thread.ofVirtual().start(() -> {
        try {
          byte[] buffer = new byte[2048];
          DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
          agent.receive(packet);
          SnmpV3Message request = SnmpV3Codec.decode(Arrays.copyOf(buffer, packet.getLength()));
          UsmSecurityParameters usm = new UsmSecurityParameters(Octets.fromHex("80000009030011223344aa"), 7, 99,
              Octets.empty(), Octets.empty(), Octets.empty());
          Pdu report = new Pdu(PduType.REPORT, 1, 0, 0,
              List.of(new VarBind(EngineDiscovery.UNKNOWN_ENGINE_IDS, new SnmpValue.Counter32(3))));
          Pdu response = new Pdu(PduType.RESPONSE, 1, 0, 0, List.of());
          for (SnmpV3Message reply : List.of(
              new SnmpV3Message(request.messageId() + 1, 1500, 0, usm, plain(report)),
              new SnmpV3Message(request.messageId(), 1500, 0, usm, plain(response)),
              new SnmpV3Message(request.messageId(), 1500, 0, usm, plain(report)))) {
            byte[] bytes = SnmpV3Codec.encode(reply);
            agent.send(new DatagramPacket(bytes, bytes.length, packet.getSocketAddress()));
          }
        } catch (IOException | SnmpFormatException e) {
          throw new IllegalStateException(e);
        }
      });
      SnmpClient client = new SnmpClient(new InetSocketAddress(TestDaemon.LOOPBACK, agent.getLocalPort()),
          Duration.ofSeconds(3), 0);
      Optional<EngineDiscovery> found = client.discoverEngine();
      responder.join(3000);
      assertThat(found).get().satisfies(d -> {
        assertThat(d.engineBoots()).isEqualTo(7);
        assertThat(d.engineTime()).isEqualTo(99);
        assertThat(d.engineId().enterprise()).contains(9L);
        assertThat(d.engineId().content()).isEqualTo(new EngineId.Content.Mac("00:11:22:33:44:aa"));
      });
    }
  }

  private static SnmpV3Message.Plain plain(Pdu pdu) {
    return new SnmpV3Message.Plain(new ScopedPdu(Octets.empty(), Octets.empty(), pdu));
  }
}
