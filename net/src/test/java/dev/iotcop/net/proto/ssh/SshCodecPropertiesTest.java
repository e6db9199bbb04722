package dev.iotcop.net.proto.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iotcop.net.proto.Octets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class SshCodecPropertiesTest {
  private static final SecureRandom RANDOM = new SecureRandom();

  interface Decoding {
    Object run() throws SshProtocolException;
  }

  static void decodeOrDeclared(Decoding d) {
    try {
      assertThat(d.run()).isNotNull();
    } catch (SshProtocolException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  @Property
  void identificationRoundTrip(@ForAll("identifications") SshIdentification id) throws SshProtocolException {
    ByteArrayOutputStream wire = new ByteArrayOutputStream();
    id.preamble().forEach(line -> wire.writeBytes((line + "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    wire.writeBytes(id.encode());
    assertThat(SshIdentification.read(wire.toByteArray())).isEqualTo(id);
  }

  @Property
  void identificationReaderOnlyThrowsItsException(@ForAll @Size(max = 400) byte[] bytes) {
    decodeOrDeclared(() -> SshIdentification.read(bytes));
  }

  @Property
  void identificationReaderOnLineShapedInput(@ForAll("lineShaped") byte[] bytes) {
    decodeOrDeclared(() -> SshIdentification.read(bytes));
  }

  @Property
  void packetRoundTrip(@ForAll @Size(max = 3000) byte[] payload) throws Exception {
    SshPacket p = SshPacket.of(payload, RANDOM);
    byte[] wire = p.encode();
    assertThat(wire.length % 8).isZero();
    assertThat(SshPacket.decode(wire)).isEqualTo(p);
    assertThat(SshPacket.read(new ByteArrayInputStream(wire))).isEqualTo(p);
  }

  @Property
  void packetDecoderOnlyThrowsItsException(@ForAll @Size(max = 300) byte[] bytes) {
    decodeOrDeclared(() -> SshPacket.decode(bytes));
    decodeOrDeclared(() -> {
      try {
        return SshPacket.read(new ByteArrayInputStream(bytes));
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  @Property
  void kexInitRoundTrip(@ForAll("kexInits") KexInit kex) throws SshProtocolException {
    assertThat(KexInit.decode(kex.encode())).isEqualTo(kex);
  }

  @Property
  void kexInitDecoderOnlyThrowsItsException(@ForAll @Size(max = 300) byte[] bytes) {
    decodeOrDeclared(() -> KexInit.decode(bytes));
  }

  @Property
  void mutatedKexInitOnlyThrowsItsException(@ForAll("kexInits") KexInit kex, @ForAll int position, @ForAll byte value) {
    byte[] b = kex.encode();
    b[Math.floorMod(position, b.length)] = value;
    decodeOrDeclared(() -> KexInit.decode(b));
  }

  @Property
  void proberConversationNeverThrows(@ForAll("serverStreams") byte[] stream) throws IOException {
    SshProbeOutcome o = SshProber.converse(new ByteArrayInputStream(stream), new ByteArrayOutputStream(), RANDOM);
    assertThat(o.summary()).isNotBlank();
  }

  private static Arbitrary<String> token() {
    return Arbitraries.strings().withCharRange('!', '~').excludeChars('-', ',').ofMinLength(1).ofMaxLength(20);
  }

  @Provide
  Arbitrary<SshIdentification> identifications() {
    Arbitrary<String> comment = Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(30);
    Arbitrary<String> preambleLine = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(60)
        .filter(s -> !s.startsWith("SSH-"));
    return Combinators.combine(token(), token(), comment.optional(), preambleLine.list().ofMaxSize(5))
        .as((p, s, c, pre) -> new SshIdentification(p, s, c, pre));
  }

  @Provide
  Arbitrary<byte[]> lineShaped() {
    Arbitrary<String> line = Arbitraries.oneOf(
        Arbitraries.strings().withCharRange((char) 0, (char) 255).ofMaxLength(40),
        Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(40).map(s -> "SSH-" + s));
    return line.list().ofMaxSize(40).map(l -> String.join("\n", l).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
  }

  @Provide
  Arbitrary<KexInit> kexInits() {
    Arbitrary<List<String>> names = Arbitraries.strings().withCharRange('!', '~').excludeChars(',')
        .ofMinLength(1).ofMaxLength(64).list().ofMaxSize(6);
    Arbitrary<Octets> cookie = Arbitraries.bytes().array(byte[].class).ofSize(16).map(Octets::of);
    return Combinators.combine(cookie, names.list().ofSize(10), Arbitraries.of(true, false),
        Arbitraries.longs().between(0, 0xFFFF_FFFFL)).as((c, l, f, r) -> new KexInit(c, l.get(0), l.get(1), l.get(2),
            l.get(3), l.get(4), l.get(5), l.get(6), l.get(7), l.get(8), l.get(9), f, r));
  }

  @Provide
  Arbitrary<byte[]> serverStreams() {
    Arbitrary<byte[]> ident = identifications().map(SshIdentification::encode);
    Arbitrary<byte[]> packet = Arbitraries.oneOf(
        kexInits().map(k -> SshPacket.of(k.encode(), RANDOM).encode()),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(60));
    return Combinators.combine(ident, packet.list().ofMaxSize(3)).as((i, ps) -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes(i);
      ps.forEach(out::writeBytes);
      return out.toByteArray();
    });
  }
}
