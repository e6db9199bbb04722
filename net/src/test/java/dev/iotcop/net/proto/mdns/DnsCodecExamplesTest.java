package dev.iotcop.net.proto.mdns;

import static dev.iotcop.net.proto.TestBytes.hex;
import static dev.iotcop.net.proto.TestBytes.hexResource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Legacy unicast answers captured from avahi-daemon 0.8 running in a private network namespace (its own loopback,
 * multicast enabled) with two static services: "Lab Camera Web UI" (_http._tcp, port 8080) and "Lab Broker"
 * (_mqtt._tcp, port 1883), host name iotcop-lab-device.
 */
class DnsCodecExamplesTest {

  private static DnsMessage captured(String name) throws DnsFormatException {
    return DnsCodec.decode(hexResource(DnsCodecExamplesTest.class, name + ".hex"));
  }

  @Test
  void servicesMetaQueryAnswerListsBothTypes() throws DnsFormatException {
    DnsMessage message = captured("avahi-services");
    assertThat(message.id()).isEqualTo(0x1a2b);
    assertThat(message.isResponse()).isTrue();
    assertThat(message.questions()).singleElement().extracting(DnsQuestion::name).isEqualTo(MdnsQueries.SERVICES);
    assertThat(message.answers()).extracting(r -> ((RecordData.Ptr) r.data()).target().toString())
        .containsExactlyInAnyOrder("_http._tcp.local", "_mqtt._tcp.local");
    assertThat(message.answers()).allSatisfy(r -> assertThat(r.ttl()).isLessThanOrEqualTo(10));
  }

  @Test
  void instanceAnswerCarriesSrvTxtAndAddress() throws Exception {
    DnsMessage message = captured("avahi-http-instances");
    List<DnsRecord> records = message.allRecords();
    DnsName instance = new DnsName(List.of("Lab Camera Web UI", "_http", "_tcp", "local"));
    ServiceInstance assembled = MdnsClient.instance(instance, DnsName.parse("_http._tcp.local"), records);
    assertThat(assembled.port()).contains(8080);
    assertThat(assembled.txt()).containsExactlyInAnyOrder("path=/admin", "model=CAM-100");
    assertThat(assembled.service().get().target()).isEqualTo(DnsName.parse("iotcop-lab-device.local"));
    assertThat(assembled.addresses())
        .containsExactlyInAnyOrder(InetAddress.getByName("127.0.0.1"), InetAddress.getByName("::1"));
  }

  @Test
  void hostAddressAnswer() throws DnsFormatException {
    DnsMessage message = captured("avahi-host-a");
    assertThat(message.answers()).singleElement().satisfies(r -> {
      assertThat(r.name()).isEqualTo(DnsName.parse("iotcop-lab-device.local"));
      assertThat(r.data()).isEqualTo(new RecordData.A((java.net.Inet4Address) InetAddress.getLoopbackAddress()));
    });
  }

  @Test
  void queryEncodingIsTheWireFormat() {
    byte[] query = DnsCodec.encode(MdnsQueries.serviceTypes(0x1a2b, true));
    assertThat(query).isEqualTo(hex("1a2b 0000 0001 0000 0000 0000"
        + "095f7365727669636573 075f646e732d7364 045f756470 056c6f63616c 00 000c 8001"));
    assertThat(MdnsQueries.serviceInstances(1, "_ipp._tcp", false).questions().getFirst().name())
        .isEqualTo(DnsName.parse("_ipp._tcp.local"));
  }

  @Test
  void compressionLoopsAndForwardPointersAreRefused() {
    // question name is a pointer to itself
    assertThatThrownBy(() -> DnsCodec.decode(hex("0000 8400 0001 0000 0000 0000 c00c 000c 0001")))
        .isInstanceOf(DnsFormatException.class).hasMessageContaining("backwards");
    // two names pointing at each other: the second points back to the first, which points forward
    assertThatThrownBy(() -> DnsCodec.decode(hex("0000 8400 0002 0000 0000 0000 c012 000c 0001 c00c 000c 0001")))
        .isInstanceOf(DnsFormatException.class);
    // a label followed by a pointer back into that same label run
    assertThatThrownBy(() -> DnsCodec.decode(hex("0000 8400 0001 0000 0000 0000 0161 c00c 000c 0001")))
        .isInstanceOf(DnsFormatException.class);
  }

  @Test
  void overlongNamesBuiltFromPointersAreRefused() {
    // first question: three 63-byte labels (193 bytes with the root); second: one more label and a pointer to the
    // first, 257 bytes in all
    String label = "3f" + "61".repeat(63);
    String message = "0000 8400 0002 0000 0000 0000" + label.repeat(3) + "00 000c 0001" + label + "c00c 000c 0001";
    assertThatThrownBy(() -> DnsCodec.decode(hex(message))).isInstanceOf(DnsFormatException.class)
        .hasMessageContaining("255");
  }
}
