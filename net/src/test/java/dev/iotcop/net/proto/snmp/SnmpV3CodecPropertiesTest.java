package dev.iotcop.net.proto.snmp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iotcop.net.proto.Octets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class SnmpV3CodecPropertiesTest {

  @Property
  void encodedMessagesDecodeToThemselves(@ForAll("messages") SnmpV3Message message) throws SnmpFormatException {
    byte[] bytes = SnmpV3Codec.encode(message);
    assertThat(SnmpV3Codec.decode(bytes)).isEqualTo(message);
    assertThat(SnmpV3Codec.version(bytes)).isEqualTo(3);
  }

  @Property(tries = 3000)
  void arbitraryBytesDecodeOrFailCleanly(@ForAll @Size(max = 300) byte[] bytes) {
    decodeOrDeclaredFailure(bytes);
  }

  @Property(tries = 3000)
  void corruptedMessagesDecodeOrFailCleanly(@ForAll("messages") SnmpV3Message message,
      @ForAll("corruptions") List<Integer> corruption) {
    byte[] bytes = SnmpV3Codec.encode(message);
    int cut = Math.floorMod(corruption.getFirst(), bytes.length + 1);
    byte[] mutated = Arrays.copyOf(bytes, cut);
    for (int i = 1; i + 1 < corruption.size(); i += 2) {
      if (mutated.length > 0) {
        mutated[Math.floorMod(corruption.get(i), mutated.length)] = (byte) (int) corruption.get(i + 1);
      }
    }
    decodeOrDeclaredFailure(mutated);
  }

  @Property
  void communityMessagesAreNotTakenForVersionThree(@ForAll("communityMessages") SnmpMessage message) {
    byte[] bytes = SnmpCodec.encode(message);
    try {
      SnmpV3Codec.decode(bytes);
      throw new AssertionError("a v1/v2c message decoded as SNMPv3");
    } catch (SnmpFormatException expected) {
      assertThat(expected.getMessage()).contains("version");
    }
  }

  @Property
  void engineIdContentNeverFails(@ForAll @Size(max = 40) byte[] bytes) {
    EngineId id = new EngineId(Octets.of(bytes));
    EngineId.Content content = id.content();
    assertThat(content).isNotNull();
    assertThat(id.enterprise().isPresent()).isEqualTo(bytes.length >= 5);
  }

  @Property
  void macFormatEngineIdsShowTheirAddress(@ForAll @Size(6) byte[] mac, @ForAll("enterprises") long enterprise) {
    byte[] id = new byte[11];
    id[0] = (byte) (0x80 | (enterprise >>> 24));
    id[1] = (byte) (enterprise >>> 16);
    id[2] = (byte) (enterprise >>> 8);
    id[3] = (byte) enterprise;
    id[4] = 3;
    System.arraycopy(mac, 0, id, 5, 6);
    EngineId engineId = new EngineId(Octets.of(id));
    assertThat(engineId.enterprise()).contains(enterprise);
    assertThat(engineId.content()).isEqualTo(
        new EngineId.Content.Mac(java.util.HexFormat.ofDelimiter(":").formatHex(mac)));
  }

  private static void decodeOrDeclaredFailure(byte[] bytes) {
    try {
      SnmpV3Message decoded = SnmpV3Codec.decode(bytes);
      assertThat(decoded.security()).isNotNull();
    } catch (SnmpFormatException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  @Provide
  Arbitrary<Long> enterprises() {
    return Arbitraries.longs().between(0, 0x7FFF_FFFFL);
  }

  @Provide
  Arbitrary<List<Integer>> corruptions() {
    return Arbitraries.integers().between(0, 100_000).list().ofMinSize(1).ofMaxSize(9);
  }

  private static Arbitrary<Octets> octets(int max) {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(max).map(Octets::of);
  }

  private static Arbitrary<Oid> oids() {
    return Arbitraries.longs().between(0, 0xFFFF_FFFFL).list().ofMaxSize(12).map(rest -> {
      List<Long> arcs = new ArrayList<>(List.of(1L, 3L));
      arcs.addAll(rest);
      return new Oid(arcs);
    });
  }

  private static Arbitrary<Pdu> pdus() {
    Arbitrary<SnmpValue> value = Arbitraries.oneOf(
        Arbitraries.integers().map(SnmpValue.Integer32::new),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(30).map(SnmpValue.OctetString::new),
        Arbitraries.just(new SnmpValue.Null()),
        Arbitraries.longs().between(0, 0xFFFF_FFFFL).map(SnmpValue.Counter32::new));
    Arbitrary<VarBind> varBind = Combinators.combine(oids(), value).as(VarBind::new);
    return Combinators.combine(Arbitraries.of(PduType.class), Arbitraries.integers(), Arbitraries.integers().between(0, 20),
        Arbitraries.integers().between(0, 20), varBind.list().ofMaxSize(4)).as(Pdu::new);
  }

  @Provide
  Arbitrary<SnmpMessage> communityMessages() {
    return Combinators.combine(Arbitraries.of(SnmpVersion.class),
        Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(10), pdus()).as(SnmpMessage::new);
  }

  @Provide
  Arbitrary<SnmpV3Message> messages() {
    Arbitrary<UsmSecurityParameters> usm = Combinators.combine(octets(32), Arbitraries.integers().greaterOrEqual(0),
        Arbitraries.integers().greaterOrEqual(0), octets(32), octets(64), octets(64)).as(UsmSecurityParameters::new);
    Arbitrary<SnmpV3Message.Data> plain = Combinators.combine(octets(32), octets(40), pdus())
        .as((engine, name, pdu) -> new SnmpV3Message.Plain(new ScopedPdu(engine, name, pdu)));
    Arbitrary<SnmpV3Message.Data> encrypted = octets(200).map(SnmpV3Message.Encrypted::new);
    Arbitrary<Integer> reportable = Arbitraries.of(0, SnmpV3Message.FLAG_REPORTABLE);
    return Combinators.combine(Arbitraries.integers().greaterOrEqual(0), Arbitraries.integers().between(484, 65_507),
        reportable, Arbitraries.of(0, 1, 2), usm, plain, encrypted).as((id, max, rep, level, security, p, e) -> {
          int flags = rep | (level >= 1 ? SnmpV3Message.FLAG_AUTH : 0) | (level == 2 ? SnmpV3Message.FLAG_PRIV : 0);
          return new SnmpV3Message(id, max, flags, security, level == 2 ? e : p);
        });
  }
}
