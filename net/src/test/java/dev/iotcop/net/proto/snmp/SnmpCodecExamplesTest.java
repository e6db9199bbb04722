package dev.iotcop.net.proto.snmp;

import static dev.iotcop.net.proto.TestBytes.hex;
import static dev.iotcop.net.proto.TestBytes.hexResource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Requests and responses captured from net-snmp's snmpd 5.9 on 127.0.0.1 (community "s3cret"). */
class SnmpCodecExamplesTest {

  private static SnmpMessage captured(String name) throws SnmpFormatException {
    return SnmpCodec.decode(hexResource(SnmpCodecExamplesTest.class, name + ".response.hex"));
  }

  @Test
  void encoderProducesTheBytesTheAgentAccepted() {
    SnmpMessage request = new SnmpMessage(SnmpVersion.V2C, "s3cret", Pdu.request(PduType.GET_REQUEST, 0x1234,
        List.of(SystemGroup.SYS_DESCR, SystemGroup.SYS_OBJECT_ID, Oid.parse("1.3.6.1.2.1.1.3.0"), SystemGroup.SYS_NAME,
            Oid.parse("1.3.6.1.2.1.1.99.0"))));
    assertThat(SnmpCodec.encode(request)).isEqualTo(hexResource(getClass(), "v2c-system.request.hex"));
  }

  @Test
  void v2cResponseWithStringsOidTimeTicksAndNoSuchObject() throws SnmpFormatException {
    SnmpMessage message = captured("v2c-system");
    assertThat(message.version()).isEqualTo(SnmpVersion.V2C);
    assertThat(message.community()).isEqualTo("s3cret");
    Pdu pdu = message.pdu();
    assertThat(pdu.type()).isEqualTo(PduType.RESPONSE);
    assertThat(pdu.requestId()).isEqualTo(0x1234);
    assertThat(pdu.error()).contains(SnmpError.NO_ERROR);
    assertThat(pdu.valueOf(SystemGroup.SYS_DESCR)).contains(SnmpValue.OctetString.of("Test agent for iotcop"));
    assertThat(pdu.valueOf(SystemGroup.SYS_OBJECT_ID))
        .contains(new SnmpValue.ObjectIdentifier(Oid.parse("1.3.6.1.4.1.8072.3.2.10")));
    assertThat(pdu.valueOf(Oid.parse("1.3.6.1.2.1.1.3.0"))).get().isInstanceOf(SnmpValue.TimeTicks.class);
    assertThat(pdu.valueOf(Oid.parse("1.3.6.1.2.1.1.99.0"))).contains(new SnmpValue.NoSuchObject());
    SystemGroup system = SystemGroup.from(pdu.varBinds());
    assertThat(system.name()).contains("iotcop-test-agent");
    assertThat(system.contact()).isEmpty();
  }

  @Test
  void v1ResponseReportsNoSuchNameForTheWholeRequest() throws SnmpFormatException {
    Pdu pdu = captured("v1-missing").pdu();
    assertThat(pdu.error()).contains(SnmpError.NO_SUCH_NAME);
    assertThat(pdu.errorIndex()).isEqualTo(2);
    assertThat(pdu.varBinds()).extracting(VarBind::value).containsOnly(new SnmpValue.Null());
  }

  @Test
  void getNextResponseWithCounter64IpAddressCounterAndGauge() throws SnmpFormatException {
    List<VarBind> varBinds = captured("v2c-getnext-counter64").pdu().varBinds();
    assertThat(varBinds).extracting(vb -> (Object) vb.value().getClass()).containsExactly(
        SnmpValue.Counter64.class, SnmpValue.IpAddress.class, SnmpValue.Counter32.class, SnmpValue.Gauge32.class);
    assertThat(varBinds.get(1).value().display()).isEqualTo("127.0.0.1");
    assertThat(varBinds.get(3).value()).isEqualTo(new SnmpValue.Gauge32(10_000_000));
  }

  @Test
  void getNextPastTheLastObjectGivesEndOfMibView() throws SnmpFormatException {
    List<VarBind> varBinds = captured("v2c-end-of-mib").pdu().varBinds();
    assertThat(varBinds.getFirst().value()).isEqualTo(new SnmpValue.EndOfMibView());
    assertThat(varBinds.getFirst().value().isException()).isTrue();
  }

  @Test
  void unsignedValuesSentAsNegativeFourByteIntegersAreReadAsUnsigned() throws SnmpFormatException {
    // a Counter32 of 0xFFFFFFFE without the leading zero byte, as some embedded agents send it
    byte[] message = hex("302a 020101 04067075626c6963 a21d 020101 020100 020100 3012 3010 06082b06010201010100 4104fffffffe");
    assertThat(SnmpCodec.decode(message).pdu().varBinds().getFirst().value())
        .isEqualTo(new SnmpValue.Counter32(0xFFFF_FFFEL));
  }

  @Test
  void hostileInputsAreRefusedWithTheDeclaredException() {
    assertThatThrownBy(() -> SnmpCodec.decode(hex("3084ffffffff"))).isInstanceOf(SnmpFormatException.class)
        .hasMessageContaining("exceeds");
    assertThatThrownBy(() -> SnmpCodec.decode(hex("3080"))).isInstanceOf(SnmpFormatException.class)
        .hasMessageContaining("indefinite");
    assertThatThrownBy(() -> SnmpCodec.decode(new byte[70_000])).isInstanceOf(SnmpFormatException.class);
    // OID sub-identifier with six continuation bytes
    assertThatThrownBy(() -> SnmpCodec.decode(hex(
        "3027 020101 04067075626c6963 a01a 020101 020100 020100 300f 300d 06092b8181818181818101 0500")))
        .isInstanceOf(SnmpFormatException.class).hasMessageContaining("32 bits");
    // SNMPv3 is not decoded
    assertThatThrownBy(() -> SnmpCodec.decode(hex("3003020103"))).isInstanceOf(SnmpFormatException.class)
        .hasMessageContaining("version");
  }
}
