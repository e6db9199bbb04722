package dev.iotcop.net.proto.snmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class SnmpCodecPropertiesTest {

  @Property
  void encodedMessagesDecodeToThemselves(@ForAll("messages") SnmpMessage message) throws SnmpFormatException {
    assertThat(SnmpCodec.decode(SnmpCodec.encode(message))).isEqualTo(message);
  }

  @Property
  void oidTextRoundTrips(@ForAll("oids") Oid oid) {
    assertThat(Oid.parse(oid.toString())).isEqualTo(oid);
  }

  @Property(tries = 3000)
  void arbitraryBytesDecodeOrFailCleanly(@ForAll @Size(max = 300) byte[] bytes) {
    decodeOrDeclaredFailure(bytes);
  }

  @Property(tries = 3000)
  void corruptedMessagesDecodeOrFailCleanly(@ForAll("messages") SnmpMessage message,
      @ForAll("corruptions") List<Integer> corruption) {
    byte[] bytes = SnmpCodec.encode(message);
    int cut = Math.floorMod(corruption.getFirst(), bytes.length + 1);
    byte[] mutated = java.util.Arrays.copyOf(bytes, cut);
    for (int i = 1; i + 1 < corruption.size(); i += 2) {
      if (mutated.length > 0) {
        mutated[Math.floorMod(corruption.get(i), mutated.length)] = (byte) (int) corruption.get(i + 1);
      }
    }
    decodeOrDeclaredFailure(mutated);
  }

  private static void decodeOrDeclaredFailure(byte[] bytes) {
    try {
      SnmpMessage decoded = SnmpCodec.decode(bytes);
      assertThat(decoded.pdu()).isNotNull();
    } catch (SnmpFormatException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  @Provide
  Arbitrary<List<Integer>> corruptions() {
    return Arbitraries.integers().between(0, 100_000).list().ofMinSize(1).ofMaxSize(9);
  }

  @Provide
  Arbitrary<Oid> oids() {
    Arbitrary<Long> arc = Arbitraries.oneOf(Arbitraries.longs().between(0, 200), Arbitraries.longs().between(0, 0xFFFF_FFFFL));
    Arbitrary<Long> first = Arbitraries.longs().between(0, 2);
    Arbitrary<Long> second = Arbitraries.longs().between(0, 39);
    return Combinators.combine(first, second, arc.list().ofMaxSize(20)).as((a, b, rest) -> {
      List<Long> arcs = new ArrayList<>();
      arcs.add(a);
      arcs.add(b);
      arcs.addAll(rest);
      return new Oid(arcs);
    });
  }

  @Provide
  Arbitrary<SnmpMessage> messages() {
    Arbitrary<VarBind> varBind = Combinators.combine(oids(), values()).as(VarBind::new);
    Arbitrary<Pdu> pdu = Combinators.combine(
        Arbitraries.of(PduType.class), Arbitraries.integers(), Arbitraries.integers().between(-1, 20),
        Arbitraries.integers().between(-1, 200), varBind.list().ofMaxSize(6)).as(Pdu::new);
    Arbitrary<String> community = Arbitraries.strings().withCharRange('\u0000', '\u00FF').ofMaxLength(40);
    return Combinators.combine(Arbitraries.of(SnmpVersion.class), community, pdu).as(SnmpMessage::new);
  }

  private Arbitrary<SnmpValue> values() {
    Arbitrary<Long> unsigned32 = Arbitraries.longs().between(0, 0xFFFF_FFFFL);
    Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(40);
    Arbitrary<Integer> otherTag = Arbitraries.integers().between(0, 0xFF)
        .filter(t -> (t & 0x1F) != 0x1F && !SnmpValue.isKnownTag(t));
    return Arbitraries.oneOf(
        Arbitraries.integers().map(SnmpValue.Integer32::new),
        bytes.map(SnmpValue.OctetString::new),
        Arbitraries.just(new SnmpValue.Null()),
        oids().map(SnmpValue.ObjectIdentifier::new),
        Arbitraries.bytes().array(byte[].class).ofSize(4).map(SnmpCodecPropertiesTest::ip),
        unsigned32.map(SnmpValue.Counter32::new),
        unsigned32.map(SnmpValue.Gauge32::new),
        unsigned32.map(SnmpValue.TimeTicks::new),
        bytes.map(SnmpValue.Opaque::new),
        Arbitraries.longs().map(SnmpValue.Counter64::new),
        Arbitraries.just(new SnmpValue.NoSuchObject()),
        Arbitraries.just(new SnmpValue.NoSuchInstance()),
        Arbitraries.just(new SnmpValue.EndOfMibView()),
        Combinators.combine(otherTag, bytes).as(SnmpValue.Other::new));
  }

  private static SnmpValue ip(byte[] four) {
    try {
      return new SnmpValue.IpAddress((Inet4Address) InetAddress.getByAddress(four));
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }
}
