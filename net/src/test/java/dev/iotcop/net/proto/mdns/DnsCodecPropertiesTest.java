package dev.iotcop.net.proto.mdns;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class DnsCodecPropertiesTest {

  @Property
  void messagesRoundTrip(@ForAll("messages") DnsMessage message) throws DnsFormatException {
    assertThat(DnsCodec.decode(DnsCodec.encode(message))).isEqualTo(message);
  }

  @Property(tries = 3000)
  void arbitraryBytesDecodeOrFailCleanly(@ForAll @Size(max = 300) byte[] bytes) {
    decodeOrDeclaredFailure(bytes);
  }

  /** Messages dense in compression pointers: random bytes after a valid header with counts set high. */
  @Property(tries = 3000)
  void pointerSoupNeverLoops(@ForAll @Size(min = 1, max = 200) List<@net.jqwik.api.From("pointerish") Byte> body) {
    byte[] bytes = new byte[12 + body.size()];
    bytes[5] = 3;
    bytes[7] = 3;
    for (int i = 0; i < body.size(); i++) {
      bytes[12 + i] = body.get(i);
    }
    decodeOrDeclaredFailure(bytes);
  }

  @Property(tries = 2000)
  void corruptedMessagesDecodeOrFailCleanly(@ForAll("messages") DnsMessage message,
      @ForAll @Size(min = 1, max = 9) List<@net.jqwik.api.constraints.IntRange(max = 100_000) Integer> corruption) {
    byte[] bytes = DnsCodec.encode(message);
    byte[] mutated = Arrays.copyOf(bytes, Math.floorMod(corruption.getFirst(), bytes.length + 1));
    for (int i = 1; i + 1 < corruption.size() && mutated.length > 0; i += 2) {
      mutated[Math.floorMod(corruption.get(i), mutated.length)] = (byte) (int) corruption.get(i + 1);
    }
    decodeOrDeclaredFailure(mutated);
  }

  private static void decodeOrDeclaredFailure(byte[] bytes) {
    try {
      DnsMessage message = DnsCodec.decode(bytes);
      assertThat(message.allRecords().size() + message.questions().size()).isLessThanOrEqualTo(bytes.length);
    } catch (DnsFormatException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  @Provide
  Arbitrary<Byte> pointerish() {
    return Arbitraries.oneOf(Arbitraries.of((byte) 0xC0, (byte) 0xC0, (byte) 0x00, (byte) 0x01, (byte) 0x0C,
        (byte) 0x0D, (byte) 0x3F, (byte) 0x61), Arbitraries.bytes());
  }

  private Arbitrary<DnsName> names() {
    Arbitrary<String> label = Arbitraries.strings().withCharRange('a', 'z').withChars('-', '_', '.', ' ', 'é', '中')
        .ofMinLength(1).ofMaxLength(20).filter(l -> l.getBytes(StandardCharsets.UTF_8).length <= 63);
    return label.list().ofMaxSize(5).map(DnsName::new);
  }

  private Arbitrary<RecordData> recordData() {
    Arbitrary<Integer> u16 = Arbitraries.integers().between(0, 0xFFFF);
    Arbitrary<String> txt = Arbitraries.strings().ofMaxLength(40).filter(s -> s.getBytes(StandardCharsets.UTF_8).length <= 255)
        .filter(s -> new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(s));
    return Arbitraries.oneOf(
        Arbitraries.bytes().array(byte[].class).ofSize(4).map(b -> new RecordData.A((Inet4Address) address(b, false))),
        Arbitraries.bytes().array(byte[].class).ofSize(16).map(b -> new RecordData.Aaaa((Inet6Address) address(b, true))),
        names().map(RecordData.Ptr::new),
        Combinators.combine(u16, u16, u16, names()).as(RecordData.Srv::new),
        txt.list().ofMaxSize(4).map(RecordData.Txt::new),
        Combinators.combine(u16.filter(t -> !RecordData.isModelled(t)), Arbitraries.bytes().array(byte[].class).ofMaxSize(30))
            .as(RecordData.Raw::new));
  }

  private static InetAddress address(byte[] bytes, boolean v6) {
    try {
      return v6 ? Inet6Address.getByAddress(null, bytes, -1) : InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  @Provide
  Arbitrary<DnsMessage> messages() {
    Arbitrary<DnsQuestion> question = Combinators.combine(names(), Arbitraries.integers().between(0, 0xFFFF),
        Arbitraries.integers().between(0, 0x7FFF), Arbitraries.of(true, false)).as(DnsQuestion::new);
    Arbitrary<DnsRecord> record = Combinators.combine(names(), Arbitraries.integers().between(0, 0x7FFF),
        Arbitraries.of(true, false), Arbitraries.longs().between(0, 0xFFFF_FFFFL), recordData()).as(DnsRecord::new);
    return Combinators.combine(Arbitraries.integers().between(0, 0xFFFF), Arbitraries.integers().between(0, 0xFFFF),
        question.list().ofMaxSize(3), record.list().ofMaxSize(4), record.list().ofMaxSize(2), record.list().ofMaxSize(3))
        .as(DnsMessage::new);
  }
}
