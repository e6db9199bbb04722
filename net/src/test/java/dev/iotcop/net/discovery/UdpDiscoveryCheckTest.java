package dev.iotcop.net.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iotcop.engine.Finding;
import dev.iotcop.engine.Outcome;
import dev.iotcop.engine.Target;
import dev.iotcop.engine.Transport;
import dev.iotcop.engine.check.CheckResult;
import dev.iotcop.engine.check.Politeness;
import dev.iotcop.engine.check.TestContexts;
import dev.iotcop.engine.evidence.Observation;
import dev.iotcop.engine.fact.Facts;
import dev.iotcop.engine.fact.OpenPort;
import dev.iotcop.engine.fact.ServiceFact;
import dev.iotcop.net.proto.TestDaemon;
import dev.iotcop.net.proto.coap.CoapCode;
import dev.iotcop.net.proto.coap.CoapCodec;
import dev.iotcop.net.proto.coap.CoapMessage;
import dev.iotcop.net.proto.coap.CoapOption;
import dev.iotcop.net.proto.coap.CoapType;
import dev.iotcop.net.proto.snmp.Pdu;
import dev.iotcop.net.proto.snmp.PduType;
import dev.iotcop.net.proto.snmp.SnmpCodec;
import dev.iotcop.net.proto.snmp.SnmpMessage;
import dev.iotcop.net.proto.snmp.SnmpValue;
import dev.iotcop.net.proto.snmp.SystemGroup;
import dev.iotcop.net.proto.snmp.VarBind;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * UDP discovery against real snmpd (a community other than public: found by the SNMPv3 engine report) and tftpd-hpa
 * on loopback ports, and against small responders written here for protocols without a Debian daemon that runs
 * outside a namespace (SSDP, CoAP) or for behaviour a daemon cannot be made to show (an agent that speaks only v2c).
 */
class UdpDiscoveryCheckTest {
  private static final Politeness QUICK = Politeness.standard().withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2));

  @TempDir
  Path directory;

  private CheckResult discover(int... ports) throws InterruptedException {
    String spec = Arrays.stream(ports).mapToObj(String::valueOf).reduce((a, b) -> a + "," + b).orElse("");
    Target.NetworkDevice target = new Target.NetworkDevice("loopback", TestDaemon.LOOPBACK, Optional.empty(), "", spec);
    UdpDiscoveryCheck check = new UdpDiscoveryCheck();
    return check.run(TestContexts.context(target, Facts.empty(), QUICK), target.subject());
  }

  private static Map<Integer, ServiceFact> services(CheckResult result) {
    return result.facts().stream().filter(f -> f instanceof ServiceFact).map(f -> (ServiceFact) f)
        .collect(java.util.stream.Collectors.toMap(s -> s.service().port(), Function.identity()));
  }

  @Test
  @Timeout(60)
  void findsSnmpWithoutItsCommunityAndTftpAndListsTheSilentPort() throws Exception {
    Path snmpd = TestDaemon.requireProgram("/usr/sbin/snmpd");
    Path tftpd = TestDaemon.requireProgram("/usr/sbin/in.tftpd");
    Files.writeString(directory.resolve("snmpd.conf"), "rocommunity n0t-public 127.0.0.1\n");
    Path tftpRoot = Files.createDirectories(directory.resolve("tftp"));
    int snmpPort = TestDaemon.freeUdpPort();
    int tftpPort = TestDaemon.freeUdpPort();
    int silentPort = TestDaemon.freeUdpPort();
    try (TestDaemon agent = TestDaemon.start(directory, "snmpd",
            Map.of("SNMP_PERSISTENT_DIR", directory.resolve("persist").toString(), "MIBS", ""),
            List.of(snmpd.toString(), "-f", "-Lo", "-C", "-c", directory.resolve("snmpd.conf").toString(),
                "-p", directory.resolve("snmpd.pid").toString(), "udp:127.0.0.1:" + snmpPort));
         TestDaemon tftp = TestDaemon.start(directory, "tftpd", Map.of(),
             List.of(tftpd.toString(), "-L", "-a", "127.0.0.1:" + tftpPort, "-s", tftpRoot.toString()));
         DatagramSocket silent = new DatagramSocket(new InetSocketAddress(TestDaemon.LOOPBACK, silentPort))) {
      awaitUdp(snmpPort, agent);
      awaitUdp(tftpPort, tftp);
      CheckResult result = discover(snmpPort, tftpPort, silentPort);
      Map<Integer, ServiceFact> services = services(result);
      assertThat(services).as(agent.log() + tftp.log()).containsOnlyKeys(snmpPort, tftpPort);
      ServiceFact snmp = services.get(snmpPort);
      assertThat(snmp.service().transport()).isEqualTo(Transport.UDP);
      assertThat(snmp.protocol()).isEqualTo("snmp");
      assertThat(snmp.attribute("snmp.v3")).isEqualTo("engine-report");
      assertThat(snmp.attribute("snmp.engine-enterprise")).isEqualTo("8072");
      assertThat(services.get(tftpPort).protocol()).isEqualTo("tftp");
      assertThat(services.get(tftpPort).attribute("tftp.reply")).startsWith("error-");
      assertThat(result.facts()).filteredOn(f -> f instanceof OpenPort).map(f -> ((OpenPort) f).port())
          .containsExactlyInAnyOrder(snmpPort, tftpPort);
      Finding silentFinding = finding(result, "silent");
      assertThat(silentFinding.outcome()).isEqualTo(Outcome.INFO);
      assertThat(silentFinding.messageArgs().getFirst()).isEqualTo(Integer.toString(silentPort));
      assertThat(finding(result, "answered").messageArgs()).startsWith("2", "3");
    }
  }

  @Test
  @Timeout(30)
  void aPortNothingListensOnIsClosedAndOneThatSwallowsEverythingIsSilent() throws Exception {
    int closedPort = TestDaemon.freeUdpPort();
    int silentPort = TestDaemon.freeUdpPort();
    try (DatagramSocket silent = new DatagramSocket(new InetSocketAddress(TestDaemon.LOOPBACK, silentPort))) {
      CheckResult result = discover(closedPort, silentPort);
      assertThat(result.facts()).isEmpty();
      Finding closed = finding(result, "closed");
      assertThat(closed.outcome()).isEqualTo(Outcome.INFO);
      assertThat(closed.messageArgs()).containsExactly(Integer.toString(closedPort));
      assertThat(closed.evidence().toString()).contains("ICMP port unreachable");
      assertThat(finding(result, "silent").messageArgs().getFirst()).isEqualTo(Integer.toString(silentPort));
    }
  }

  @Test
  @Timeout(30)
  void findsSsdpCoapAndAVersionTwoOnlyAgentOnUnusualPorts() throws Exception {
    try (Responder ssdp = new Responder(UdpDiscoveryCheckTest::ssdpReply);
         Responder coap = new Responder(UdpDiscoveryCheckTest::coapReply);
         Responder v2cOnly = new Responder(UdpDiscoveryCheckTest::v2cReply)) {
      CheckResult result = discover(ssdp.port(), coap.port(), v2cOnly.port());
      Map<Integer, ServiceFact> services = services(result);
      assertThat(services).containsOnlyKeys(ssdp.port(), coap.port(), v2cOnly.port());
      ServiceFact upnp = services.get(ssdp.port());
      assertThat(upnp.protocol()).isEqualTo("ssdp");
      assertThat(upnp.product()).isEqualTo("MiniUPnPd");
      assertThat(upnp.version()).isEqualTo("2.3.3");
      assertThat(upnp.attribute("ssdp.location")).isEqualTo("http://127.0.0.1:49152/rootDesc.xml");
      ServiceFact core = services.get(coap.port());
      assertThat(core.protocol()).isEqualTo("coap");
      assertThat(core.attribute("coap.resources")).isEqualTo("/sensors/temp /config");
      ServiceFact agent = services.get(v2cOnly.port());
      assertThat(agent.protocol()).isEqualTo("snmp");
      assertThat(agent.attribute("snmp.community.public")).isEqualTo("answered");
      assertThat(agent.banner()).isEqualTo("Responder in a test");
      assertThat(finding(result, "service").evidence()).singleElement().isInstanceOf(Observation.class);
    }
  }

  @Test
  @Timeout(20)
  void noPortsMeansNothingToDo() {
    Target.NetworkDevice none = new Target.NetworkDevice("x", TestDaemon.LOOPBACK, Optional.empty(), "", "");
    assertThat(new UdpDiscoveryCheck().subjects(none, Facts.empty())).isEmpty();
  }

  private static Finding finding(CheckResult result, String suffix) {
    return result.findings().stream().filter(f -> f.messageKey().equals(UdpDiscoveryCheck.key(suffix))).findFirst()
        .orElseThrow(() -> new AssertionError("no " + suffix + " finding in " + result.findings()));
  }

  /** Waits until something answers on the port (the daemon has bound it) by sending the daemon's own hello. */
  private static void awaitUdp(int port, TestDaemon daemon) throws Exception {
    UdpHellos hellos = new UdpHellos(UdpHellos.standard(), Duration.ofMillis(200), 0);
    for (int attempt = 0; attempt < 50; attempt++) {
      var deadline = dev.iotcop.engine.check.Deadline.in(Duration.ofSeconds(5), java.time.Clock.systemUTC());
      if (hellos.identify(new InetSocketAddress(TestDaemon.LOOPBACK, port), deadline) instanceof UdpHellos.Reply.Answered) {
        return;
      }
      assertThat(daemon.isAlive()).as(daemon.log()).isTrue();
      Thread.sleep(100); // a port not bound yet answers "unreachable" at once
    }
    throw new AssertionError("nothing answered on " + port + ": " + daemon.log());
  }

  private static Optional<byte[]> ssdpReply(byte[] request) {
    String text = new String(request, StandardCharsets.UTF_8);
    if (!text.startsWith("M-SEARCH * HTTP/1.1") || !text.contains("ssdp:discover")) {
      return Optional.empty();
    }
    return Optional.of(("HTTP/1.1 200 OK\r\nCACHE-CONTROL: max-age=120\r\nST: upnp:rootdevice\r\n"
        + "USN: uuid:5d3c1a2b-4f10-4c71-9b7e-6d3c1a2b4f10::upnp:rootdevice\r\nEXT:\r\n"
        + "SERVER: Linux/5.10 UPnP/1.1 MiniUPnPd/2.3.3\r\nLOCATION: http://127.0.0.1:49152/rootDesc.xml\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8));
  }

  private static Optional<byte[]> coapReply(byte[] request) {
    try {
      CoapMessage get = CoapCodec.decode(request);
      if (!get.code().equals(CoapCode.GET)) {
        return Optional.empty();
      }
      byte[] links = "</sensors/temp>;rt=\"temperature\",</config>;if=\"core.p\"".getBytes(StandardCharsets.UTF_8);
      return Optional.of(CoapCodec.encode(new CoapMessage(CoapType.ACKNOWLEDGEMENT, CoapCode.CONTENT, get.messageId(),
          get.token(), List.of(new CoapOption(CoapOption.CONTENT_FORMAT, new byte[] {40})), links)));
    } catch (dev.iotcop.net.proto.coap.CoapFormatException e) {
      return Optional.empty();
    }
  }

  /** An agent that knows only v1/v2c: it drops the SNMPv3 hello and answers the community it was given. */
  private static Optional<byte[]> v2cReply(byte[] request) {
    try {
      SnmpMessage get = SnmpCodec.decode(request);
      if (!get.community().equals("public")) {
        return Optional.empty();
      }
      Pdu response = new Pdu(PduType.RESPONSE, get.pdu().requestId(), 0, 0,
          List.of(new VarBind(SystemGroup.SYS_DESCR, SnmpValue.OctetString.of("Responder in a test"))));
      return Optional.of(SnmpCodec.encode(new SnmpMessage(get.version(), get.community(), response)));
    } catch (dev.iotcop.net.proto.snmp.SnmpFormatException e) {
      return Optional.empty();
    }
  }

  /** A UDP responder on a loopback port that answers what its function answers and ignores the rest. */
  private static final class Responder implements AutoCloseable {
    private final DatagramSocket socket;
    private final Thread thread;

    Responder(Function<byte[], Optional<byte[]>> answer) throws SocketException {
      socket = new DatagramSocket(new InetSocketAddress(TestDaemon.LOOPBACK, 0));
      thread = Thread.ofVirtual().start(() -> {
        byte[] buffer = new byte[4096];
        while (!socket.isClosed()) {
          DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
          try {
            socket.receive(packet);
            Optional<byte[]> reply = answer.apply(Arrays.copyOf(buffer, packet.getLength()));
            if (reply.isPresent()) {
              socket.send(new DatagramPacket(reply.get(), reply.get().length, packet.getSocketAddress()));
            }
          } catch (IOException closed) {
            return;
          }
        }
      });
    }

    int port() {
      return socket.getLocalPort();
    }

    @Override
    public void close() throws InterruptedException {
      socket.close();
      thread.join(2000);
    }
  }
}
