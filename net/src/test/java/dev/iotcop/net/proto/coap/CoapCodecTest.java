package dev.iotcop.net.proto.coap;

import static dev.iotcop.net.proto.TestBytes.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class CoapCodecTest {

  @Test
  void wellKnownCoreRequestBytes() {
    byte[] request = CoapCodec.encode(CoapRequests.wellKnownCore(0x1234, hex("cafe")));
    // CON, TKL 2, GET, mid 0x1234, token, Uri-Path ".well-known" (delta 11, length 11), Uri-Path "core"
    assertThat(request).isEqualTo(hex("42 01 1234 cafe bb 2e77656c6c2d6b6e6f776e 04 636f7265"));
  }

  @Test
  void piggybackedLinkFormatResponse() throws CoapFormatException {
    // ACK 2.05, mid 0x1234, token cafe, Content-Format 40 (delta 12, length 1), payload
    byte[] bytes = hex("62 45 1234 cafe c1 28 ff" + asciiHex("</sensors/temp>;rt=\"temperature\";if=sensor,</config>"));
    CoapMessage message = CoapCodec.decode(bytes);
    assertThat(message.type()).isEqualTo(CoapType.ACKNOWLEDGEMENT);
    assertThat(message.code()).isEqualTo(CoapCode.CONTENT);
    assertThat(message.code().toString()).isEqualTo("2.05");
    assertThat(message.option(CoapOption.CONTENT_FORMAT)).get().extracting(CoapOption::asUnsigned).isEqualTo(40L);
    assertThat(new String(message.payload(), StandardCharsets.UTF_8)).startsWith("</sensors/temp>");
  }

  private static String asciiHex(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      out.append(String.format("%02x", b));
    }
    return out.toString();
  }

  @Test
  void extendedDeltasAndLengths() throws CoapFormatException {
    byte[] longValue = new byte[300];
    Arrays.fill(longValue, (byte) 'x');
    CoapMessage message = new CoapMessage(CoapType.NON_CONFIRMABLE, CoapCode.GET, 7, new byte[0],
        List.of(new CoapOption(20, new byte[] {1}), new CoapOption(400, longValue), new CoapOption(2000, new byte[0])),
        new byte[0]);
    byte[] bytes = CoapCodec.encode(message);
    // 20: delta 13 + 7; 400: delta 14 + (380 - 269), length 14 + (300 - 269); 2000: delta 14 + (1600 - 269)
    assertThat(Arrays.copyOfRange(bytes, 4, 7)).isEqualTo(hex("d1 07 01"));
    assertThat(Arrays.copyOfRange(bytes, 7, 12)).isEqualTo(hex("ee 006f 001f"));
    assertThat(CoapCodec.decode(bytes)).isEqualTo(message);
  }

  @Test
  void malformedMessagesAreRefused() {
    assertThatThrownBy(() -> CoapCodec.decode(hex("42 01 1234 ca"))).isInstanceOf(CoapFormatException.class)
        .hasMessageContaining("token");
    assertThatThrownBy(() -> CoapCodec.decode(hex("49 01 1234"))).isInstanceOf(CoapFormatException.class);
    assertThatThrownBy(() -> CoapCodec.decode(hex("80 01 1234"))).isInstanceOf(CoapFormatException.class)
        .hasMessageContaining("version");
    assertThatThrownBy(() -> CoapCodec.decode(hex("40 45 1234 ff"))).isInstanceOf(CoapFormatException.class)
        .hasMessageContaining("payload marker");
    assertThatThrownBy(() -> CoapCodec.decode(hex("40 45 1234 f1 00"))).isInstanceOf(CoapFormatException.class)
        .hasMessageContaining("reserved");
    assertThatThrownBy(() -> CoapCodec.decode(hex("40 00 1234 c1 28"))).isInstanceOf(CoapFormatException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> CoapCodec.decode(hex("40 45 1234 e0 ffff e0 ffff"))).isInstanceOf(CoapFormatException.class)
        .hasMessageContaining("65535");
  }

  @Test
  void blockOptionValues() throws CoapFormatException {
    Block block = Block.fromOption(new CoapOption(CoapOption.BLOCK2, hex("1e")));
    assertThat(block).isEqualTo(new Block(1, true, 6));
    assertThat(block.size()).isEqualTo(1024);
    assertThat(Block.fromOption(block.toOption(CoapOption.BLOCK2))).isEqualTo(block);
    assertThatThrownBy(() -> Block.fromOption(new CoapOption(CoapOption.BLOCK2, hex("0f"))))
        .isInstanceOf(CoapFormatException.class);
  }

  @Property
  void messagesRoundTrip(@ForAll("messages") CoapMessage message) throws CoapFormatException {
    assertThat(CoapCodec.decode(CoapCodec.encode(message))).isEqualTo(message);
  }

  @Property
  void blocksRoundTrip(@ForAll @IntRange(max = Block.MAX_NUMBER) int number, @ForAll boolean more,
      @ForAll @IntRange(max = 6) int szx) throws CoapFormatException {
    Block block = new Block(number, more, szx);
    assertThat(Block.fromOption(block.toOption(CoapOption.BLOCK2))).isEqualTo(block);
  }

  @Property(tries = 3000)
  void arbitraryBytesDecodeOrFailCleanly(@ForAll @Size(max = 300) byte[] bytes) {
    try {
      CoapMessage message = CoapCodec.decode(bytes);
      assertThat(message.options().size()).isLessThanOrEqualTo(bytes.length);
    } catch (CoapFormatException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  @Provide
  Arbitrary<CoapMessage> messages() {
    Arbitrary<CoapOption> option = Combinators.combine(
        Arbitraries.oneOf(Arbitraries.integers().between(0, 300), Arbitraries.integers().between(0, 0xFFFF)),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(300)).as(CoapOption::new);
    Arbitrary<CoapCode> code = Combinators.combine(Arbitraries.integers().between(0, 7), Arbitraries.integers().between(0, 31))
        .as(CoapCode::new).filter(c -> !c.equals(CoapCode.EMPTY));
    Arbitrary<CoapMessage> full = Combinators.combine(Arbitraries.of(CoapType.class), code,
        Arbitraries.integers().between(0, 0xFFFF), Arbitraries.bytes().array(byte[].class).ofMaxSize(8),
        option.list().ofMaxSize(6), Arbitraries.bytes().array(byte[].class).ofMaxSize(100)).as(CoapMessage::new);
    Arbitrary<CoapMessage> empty = Combinators.combine(Arbitraries.of(CoapType.class),
        Arbitraries.integers().between(0, 0xFFFF)).as(CoapMessage::empty);
    return Arbitraries.oneOf(full, empty);
  }
}
