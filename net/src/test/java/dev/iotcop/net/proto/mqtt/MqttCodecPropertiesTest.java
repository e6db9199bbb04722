package dev.iotcop.net.proto.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class MqttCodecPropertiesTest {

  @Property
  void packetsRoundTripThroughBytes(@ForAll("versions") MqttVersion version, @ForAll("packetSeeds") PacketSeed seed)
      throws MqttFormatException {
    MqttPacket packet = seed.build(version);
    assertThat(MqttCodec.decode(MqttCodec.encode(packet, version), version)).isEqualTo(packet);
  }

  @Property
  void packetsRoundTripThroughAStream(@ForAll("versions") MqttVersion version, @ForAll("packetSeeds") PacketSeed seed)
      throws IOException, MqttFormatException {
    MqttPacket packet = seed.build(version);
    byte[] bytes = MqttCodec.encode(packet, version);
    assertThat(MqttCodec.read(new ByteArrayInputStream(bytes), version, bytes.length)).isEqualTo(packet);
  }

  @Property
  void remainingLengthUsesAtMostFourBytesAndRoundTrips(@ForAll @IntRange(max = MqttCodec.MAX_REMAINING_LENGTH) int length)
      throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MqttCodec.writeVariableInteger(out, length);
    byte[] encoded = out.toByteArray();
    assertThat(encoded.length).isBetween(1, 4);
    // a PINGREQ header with that length: the reader refuses it as too large without reading the body
    byte[] header = new byte[encoded.length + 1];
    header[0] = (byte) 0xC0;
    System.arraycopy(encoded, 0, header, 1, encoded.length);
    try {
      MqttPacket packet = MqttCodec.read(new ByteArrayInputStream(header), MqttVersion.V3_1_1, Integer.MAX_VALUE);
      assertThat(length).isZero();
      assertThat(packet).isEqualTo(new MqttPacket.Pingreq());
    } catch (EOFException truncated) {
      assertThat(length).isPositive();
    }
  }

  @Property(tries = 3000)
  void arbitraryBytesDecodeOrFailCleanly(@ForAll("versions") MqttVersion version, @ForAll @Size(max = 200) byte[] bytes) {
    try {
      assertThat(MqttCodec.decode(bytes, version)).isNotNull();
    } catch (MqttFormatException expected) {
      assertThat(expected).hasMessageFindingMatch(".+");
    }
  }

  @Property(tries = 3000)
  void arbitraryStreamsReadOrFailCleanly(@ForAll("versions") MqttVersion version, @ForAll @Size(max = 200) byte[] bytes)
      throws IOException {
    ByteArrayInputStream in = new ByteArrayInputStream(bytes);
    for (int packets = 0; packets <= bytes.length; packets++) {
      try {
        assertThat(MqttCodec.read(in, version, 64)).isNotNull();
      } catch (EOFException | MqttFormatException endOrMalformed) {
        return;
      }
    }
  }

  @Provide
  Arbitrary<MqttVersion> versions() {
    return Arbitraries.of(MqttVersion.class);
  }

  /** A packet whose exact form may depend on the version (CONNECT carries its own level). */
  interface PacketSeed {
    MqttPacket build(MqttVersion version);
  }

  @Provide
  Arbitrary<PacketSeed> packetSeeds() {
    Arbitrary<String> text = Arbitraries.strings().ofMaxLength(30);
    Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(50);
    Arbitrary<Integer> packetId = Arbitraries.integers().between(1, 0xFFFF);
    Arbitrary<Integer> qos = Arbitraries.integers().between(0, 2);
    Arbitrary<Optional<MqttPacket.Will>> will = Combinators.combine(text, bytes, qos, Arbitraries.of(true, false))
        .as(MqttPacket.Will::new).optional();
    Arbitrary<PacketSeed> connect = Combinators.combine(text, Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 0xFFFF), text.optional(), text.optional(), will)
        .as((id, clean, keepAlive, user, password, w) ->
            v -> new MqttPacket.Connect(v, id, clean, keepAlive, user, password, w));
    Arbitrary<PacketSeed> connack = Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers().between(0, 255))
        .as((present, code) -> v -> new MqttPacket.Connack(present, code));
    Arbitrary<PacketSeed> publish = Combinators.combine(text, bytes, qos, Arbitraries.of(true, false),
            Arbitraries.of(true, false), packetId)
        .as((topic, payload, q, retain, dup, id) -> v -> new MqttPacket.Publish(topic, payload, q, retain, dup, q == 0 ? 0 : id));
    Arbitrary<PacketSeed> subscribe = Combinators.combine(packetId,
            Combinators.combine(text, qos).as(MqttPacket.Subscription::new).list().ofMinSize(1).ofMaxSize(4))
        .as((id, subs) -> v -> new MqttPacket.Subscribe(id, subs));
    Arbitrary<PacketSeed> suback = Combinators.combine(packetId, Arbitraries.integers().between(0, 255).list().ofMaxSize(5))
        .as((id, codes) -> v -> new MqttPacket.Suback(id, codes));
    Arbitrary<PacketSeed> other = Combinators.combine(Arbitraries.of(5, 6, 7, 10, 11, 15),
            Arbitraries.integers().between(0, 15), bytes)
        .as((type, flags, body) -> v -> new MqttPacket.Other(type, flags, body));
    Arbitrary<PacketSeed> disconnect = Arbitraries.integers().between(0, 255)
        .map(reason -> v -> new MqttPacket.Disconnect(v == MqttVersion.V5 ? reason : 0));
    return Arbitraries.oneOf(connect, connack, publish, subscribe, suback, other, disconnect,
        packetId.map(id -> v -> new MqttPacket.Puback(id)),
        Arbitraries.just(v -> new MqttPacket.Pingreq()),
        Arbitraries.just(v -> new MqttPacket.Pingresp()));
  }
}
