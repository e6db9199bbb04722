package dev.iotcop.net.check.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iotcop.engine.Confidence;
import dev.iotcop.engine.Finding;
import dev.iotcop.engine.Outcome;
import dev.iotcop.engine.Subject;
import dev.iotcop.engine.Target;
import dev.iotcop.engine.Transport;
import dev.iotcop.engine.check.CheckResult;
import dev.iotcop.engine.check.TestContexts;
import dev.iotcop.engine.evidence.CredentialEvidence;
import dev.iotcop.engine.evidence.HttpExchange;
import dev.iotcop.engine.evidence.Observation;
import dev.iotcop.engine.fact.Facts;
import dev.iotcop.engine.fact.ServiceFact;
import dev.iotcop.net.check.LoopbackServices;
import dev.iotcop.net.discovery.UdpDiscoveryCheck;
import dev.iotcop.net.proto.TestDaemon;
import dev.iotcop.net.proto.mdns.DnsCodec;
import dev.iotcop.net.proto.mdns.DnsMessage;
import dev.iotcop.net.proto.mdns.DnsName;
import dev.iotcop.net.proto.mdns.DnsQuestion;
import dev.iotcop.net.proto.mdns.DnsRecord;
import dev.iotcop.net.proto.mdns.DnsType;
import dev.iotcop.net.proto.mdns.MdnsQueries;
import dev.iotcop.net.proto.mdns.RecordData;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The disclosure check against real snmpd and lighttpd on loopback ports, and a DNS-SD responder written here. */
class UnauthenticatedInfoCheckTest {
  @TempDir
  Path directory;

  private static Finding run(ServiceFact fact) throws InterruptedException {
    CheckResult r = new UnauthenticatedInfoCheck().run(LoopbackServices.context(Facts.of(List.of(fact))), fact.service());
    return r.findings().getFirst();
  }

  private TestDaemon snmpd(String community, int port) throws Exception {
    Path snmpd = TestDaemon.requireProgram("/usr/sbin/snmpd");
    Path config = directory.resolve("snmpd-" + community + ".conf");
    Files.writeString(config, """
        rocommunity %s 127.0.0.1
        sysDescr HC2040 IP Camera, firmware 4.2.1 (Linux 3.10.14)
        sysName ipcam-hc2040
        sysLocation front door
        """.formatted(community));
    return TestDaemon.start(directory, "snmpd-" + community,
        Map.of("SNMP_PERSISTENT_DIR", directory.resolve("persist-" + community).toString(), "MIBS", ""),
        List.of(snmpd.toString(), "-f", "-Lo", "-C", "-c", config.toString(), "-p",
            directory.resolve(community + ".pid").toString(), "udp:127.0.0.1:" + port));
  }

  /** Discovers the agent as an assessment does (retrying while it binds) and returns its service fact. */
  private static ServiceFact discovered(int port) throws Exception {
    Target.NetworkDevice target =
        new Target.NetworkDevice("l", TestDaemon.LOOPBACK, Optional.empty(), "", Integer.toString(port));
    for (int attempt = 0; attempt < 30; attempt++) {
      CheckResult r = new UdpDiscoveryCheck().run(TestContexts.context(target, Facts.empty(), LoopbackServices.QUICK),
          target.subject());
      Optional<ServiceFact> fact = r.facts().stream().filter(f -> f instanceof ServiceFact).map(f -> (ServiceFact) f).findFirst();
      if (fact.isPresent()) {
        return fact.get();
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the agent never answered");
  }

  @Test
  @Timeout(60)
  void theDefaultCommunityOpensTheSystemGroupAndFails() throws Exception {
    int port = TestDaemon.freeUdpPort();
    try (TestDaemon agent = snmpd("public", port)) {
      ServiceFact fact = discovered(port);
      Finding f = run(fact);
      assertThat(f.outcome()).as(f.toString() + agent.log()).isEqualTo(Outcome.FAIL);
      assertThat(f.confidence()).isEqualTo(Confidence.MEDIUM);
      assertThat(f.messageKey()).isEqualTo(UnauthenticatedInfoCheck.key("snmp-public"));
      assertThat(f.messageArgs().get(1)).contains("sysDescr=HC2040 IP Camera, firmware 4.2.1", "sysName=ipcam-hc2040")
          .doesNotContain("public");
      assertThat(f.evidence()).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(CredentialEvidence.class,
          c -> assertThat(c.password().masked()).isNotEqualTo("public")));
    }
  }

  @Test
  @Timeout(60)
  void anotherCommunityLeavesOnlyTheEngineReport() throws Exception {
    int port = TestDaemon.freeUdpPort();
    try (TestDaemon agent = snmpd("n0t-public", port)) {
      ServiceFact fact = discovered(port);
      Finding f = run(fact);
      assertThat(f.outcome()).as(f.toString() + agent.log()).isEqualTo(Outcome.INFO);
      assertThat(f.messageArgs().get(1)).contains("engineID=", "engineTime=");
    }
  }

  private static final String DESCRIPTION = """
      <?xml version="1.0"?>
      <root xmlns="urn:schemas-upnp-org:device-1-0"><specVersion><major>1</major><minor>0</minor></specVersion>
      <device><deviceType>urn:schemas-upnp-org:device:Basic:1</deviceType><friendlyName>HC2040 IP Camera</friendlyName>
      <manufacturer>Example Camera Works</manufacturer><modelName>HC2040</modelName><modelNumber>HC2040-W</modelNumber>
      <serialNumber>HC2040A1</serialNumber><UDN>uuid:5d3c1a2b-4f10-4c71-9b7e-6d3c1a2b4f10</UDN></device></root>
      """;

  private static ServiceFact ssdp(String location) {
    return new ServiceFact(new Subject.Service("127.0.0.1", 1900, Transport.UDP, "ssdp"), false, "MiniUPnPd", "2.3.3",
        "Linux/5.10 UPnP/1.1 MiniUPnPd/2.3.3", Map.of("ssdp.server", "Linux/5.10 UPnP/1.1 MiniUPnPd/2.3.3",
        "ssdp.location", location, "ssdp.usn", "uuid:5d3c1a2b-4f10-4c71-9b7e-6d3c1a2b4f10::upnp:rootdevice"));
  }

  @Test
  @Timeout(60)
  void aUpnpDescriptionOnTheDeviceIsReadAndItsSerialNumberFails() throws Exception {
    int port = TestDaemon.freeTcpPort();
    try (TestDaemon web = LoopbackServices.lighttpd(directory.resolve("upnp"), port, Map.of("/rootDesc.xml", DESCRIPTION),
        Optional.empty())) {
      Finding f = run(ssdp("http://127.0.0.1:" + port + "/rootDesc.xml"));
      assertThat(f.outcome()).as(f + web.log()).isEqualTo(Outcome.FAIL);
      assertThat(f.confidence()).isEqualTo(Confidence.MEDIUM);
      assertThat(f.messageArgs().get(1)).isEqualTo("serialNumber=HC2040A1");
      assertThat(f.evidence()).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(HttpExchange.class,
          x -> assertThat(x.status()).isEqualTo(200)));
      Observation seen = (Observation) f.evidence().getFirst();
      assertThat(seen.values()).containsKeys("UPnP modelName", "UPnP UDN", "UPnP friendlyName", "SSDP SERVER header");
    }
  }

  /** A LOCATION naming another address is not fetched, even on loopback: only the device under test is in scope. */
  @Test
  @Timeout(30)
  void aDescriptionElsewhereIsNotFetched() throws Exception {
    try (ServerSocket elsewhere = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.2"))) {
      Finding f = run(ssdp("http://127.0.0.2:" + elsewhere.getLocalPort() + "/rootDesc.xml"));
      elsewhere.setSoTimeout(300);
      assertThat(f.outcome()).isEqualTo(Outcome.INFO);
      assertThat(f.evidence()).anySatisfy(e -> assertThat(e.toString()).contains("does not point at the device under test"));
      try {
        elsewhere.accept().close();
        throw new AssertionError("the out-of-scope LOCATION was contacted");
      } catch (SocketTimeoutException expected) {
        assertThat(expected).isNotNull();
      }
    }
  }

  @Test
  @Timeout(30)
  void dnsSdTxtRecordsWithAFirmwareVersionFail() throws Exception {
    try (DatagramSocket responder = new DatagramSocket(new InetSocketAddress(TestDaemon.LOOPBACK, 0))) {
      Thread thread = Thread.ofVirtual().start(() -> answerDnsSd(responder));
      ServiceFact fact = new ServiceFact(new Subject.Service("127.0.0.1", responder.getLocalPort(), Transport.UDP, "mdns"),
          false, "", "", "DNS-SD", Map.of());
      Finding f = run(fact);
      responder.close();
      thread.join(2000);
      assertThat(f.outcome()).as(f.toString()).isEqualTo(Outcome.FAIL);
      assertThat(f.confidence()).isEqualTo(Confidence.MEDIUM);
      assertThat(f.messageArgs().get(1)).isEqualTo("fw=4.2.1");
      Observation seen = (Observation) f.evidence().getFirst();
      assertThat(seen.values().toString()).contains("HC2040 IP Camera", "model", "cam.local");
    }
  }

  /** Answers the meta-query, the PTR query for _http._tcp (without TXT, as some responders do) and the TXT query. */
  private static void answerDnsSd(DatagramSocket socket) {
    DnsName type = DnsName.parse("_http._tcp.local");
    DnsName instance = DnsName.parse("HC2040 IP Camera._http._tcp.local");
    byte[] buffer = new byte[1500];
    while (!socket.isClosed()) {
      try {
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        socket.receive(packet);
        DnsMessage query = DnsCodec.decode(Arrays.copyOf(buffer, packet.getLength()));
        DnsQuestion q = query.questions().getFirst();
        List<DnsRecord> answers = new ArrayList<>();
        if (q.name().sameAs(MdnsQueries.SERVICES)) {
          answers.add(new DnsRecord(MdnsQueries.SERVICES, DnsType.CLASS_IN, false, 120, new RecordData.Ptr(type)));
        } else if (q.name().sameAs(type)) {
          answers.add(new DnsRecord(type, DnsType.CLASS_IN, false, 120, new RecordData.Ptr(instance)));
          answers.add(new DnsRecord(instance, DnsType.CLASS_IN, true, 120,
              new RecordData.Srv(0, 0, 80, DnsName.parse("cam.local"))));
          answers.add(new DnsRecord(DnsName.parse("cam.local"), DnsType.CLASS_IN, true, 120,
              new RecordData.A((Inet4Address) InetAddress.getByName("127.0.0.1"))));
        } else if (q.name().sameAs(instance) && q.type() == DnsType.TXT) {
          answers.add(new DnsRecord(instance, DnsType.CLASS_IN, true, 120,
              new RecordData.Txt(List.of("txtvers=1", "model=HC2040", "fw=4.2.1", "path=/"))));
        }
        DnsMessage reply = new DnsMessage(query.id(), DnsMessage.FLAG_RESPONSE | DnsMessage.FLAG_AUTHORITATIVE,
            query.questions(), answers, List.of(), List.of());
        byte[] bytes = DnsCodec.encode(reply);
        socket.send(new DatagramPacket(bytes, bytes.length, packet.getSocketAddress()));
      } catch (Exception closedOrBad) {
        if (socket.isClosed()) {
          return;
        }
      }
    }
  }

  @Test
  void greetingsAreJudgedWithoutANewConnection() throws Exception {
    ServiceFact ftp = new ServiceFact(new Subject.Service("127.0.0.1", 9, Transport.TCP, "ftp"), false, "vsftpd", "3.0.3",
        "220 (vsFTPd 3.0.3)", Map.of());
    Finding f = run(ftp);
    assertThat(f.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(f.confidence()).isEqualTo(Confidence.LOW);
    assertThat(f.messageArgs().get(1)).isEqualTo("ftp=220 (vsFTPd 3.0.3)");
  }
}
