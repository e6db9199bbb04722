package dev.iotcop.net.proto.tls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iotcop.net.proto.Octets;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class TlsCodecPropertiesTest {

  @Property
  void recordsRoundTrip(@ForAll("records") List<TlsRecord> records) throws TlsProtocolException {
    var out = new java.io.ByteArrayOutputStream();
    records.forEach(r -> out.writeBytes(r.encode()));
    assertThat(TlsRecord.decodeAll(out.toByteArray())).isEqualTo(records);
  }

  @Property
  void recordDecoderOnlyThrowsItsException(@ForAll @Size(max = 300) byte[] bytes) {
    decodeOrDeclared(() -> TlsRecord.decodeAll(bytes));
  }

  @Property
  void recordDecoderOnTlsLookingBytes(@ForAll("tlsLooking") byte[] bytes) {
    decodeOrDeclared(() -> TlsRecord.decodeAll(bytes));
  }

  @Property
  void handshakeRoundTrip(@ForAll @IntRange(max = 255) int type, @ForAll @Size(max = 500) byte[] body)
      throws TlsProtocolException {
    TlsHandshake h = new TlsHandshake(type, Octets.of(body));
    assertThat(TlsHandshake.decode(h.encode())).isEqualTo(h);
  }

  @Property
  void handshakeDecoderOnlyThrowsItsException(@ForAll @Size(max = 200) byte[] bytes) {
    decodeOrDeclared(() -> TlsHandshake.decode(bytes));
  }

  @Property
  void alertDecoderOnlyThrowsItsException(@ForAll @Size(max = 4) byte[] bytes) {
    decodeOrDeclared(() -> TlsAlert.decode(bytes));
  }

  @Property
  void clientHelloRoundTrip(@ForAll("clientHellos") ClientHello hello) throws TlsProtocolException {
    assertThat(ClientHello.decode(hello.encodeBody())).isEqualTo(hello);
  }

  @Property
  void clientHelloDecoderOnlyThrowsItsException(@ForAll @Size(max = 400) byte[] bytes) {
    decodeOrDeclared(() -> ClientHello.decode(bytes));
  }

  @Property
  void mutatedClientHelloOnlyThrowsItsException(@ForAll("clientHellos") ClientHello hello,
      @ForAll @IntRange(max = 10_000) int position, @ForAll byte value) {
    byte[] body = hello.encodeBody();
    body[position % body.length] = value;
    decodeOrDeclared(() -> ClientHello.decode(body));
  }

  @Property
  void serverHelloRoundTrip(@ForAll("serverHellos") ServerHello hello) throws TlsProtocolException {
    assertThat(ServerHello.decode(hello.encodeBody())).isEqualTo(hello);
  }

  @Property
  void serverHelloDecoderOnlyThrowsItsException(@ForAll @Size(max = 200) byte[] bytes) {
    decodeOrDeclared(() -> ServerHello.decode(bytes));
  }

  @Property
  void certificateMessageRoundTrip(@ForAll("certificateLists") List<Octets> certs) throws TlsProtocolException {
    CertificateMessage m = new CertificateMessage(certs);
    assertThat(CertificateMessage.decode(m.encodeBody())).isEqualTo(m);
  }

  @Property
  void certificateDecodersOnlyThrowTheirException(@ForAll @Size(max = 300) byte[] bytes) {
    decodeOrDeclared(() -> CertificateMessage.decode(bytes).toX509());
    decodeOrDeclared(() -> new CertificateMessage(List.of(Octets.of(bytes.length == 0 ? new byte[] {0x30} : bytes)))
        .toX509());
  }

  @Property
  void eventReaderEndsAndOnlyThrowsItsException(@ForAll("tlsLooking") byte[] bytes) {
    TlsEventReader reader = new TlsEventReader(new ByteArrayInputStream(bytes), 4096);
    try {
      for (int i = 0; i <= bytes.length; i++) {
        if (reader.next() instanceof TlsEvent.Closed) {
          return;
        }
      }
      throw new AssertionError("reader produced more events than there were bytes");
    } catch (TlsProtocolException expected) {
      // malformed input is reported with the declared exception
    } catch (IOException e) {
      throw new AssertionError("in-memory stream cannot fail", e);
    }
  }

  @Property
  void proberAnswerReadingNeverThrows(@ForAll("tlsLooking") byte[] bytes) throws IOException {
    HelloOutcome outcome = TlsProber.readAnswer(new ByteArrayInputStream(bytes), true);
    assertThat(outcome).isNotNull();
    assertThat(outcome.summary()).isNotBlank();
  }

  interface Decoding {
    Object run() throws TlsProtocolException;
  }

  static void decodeOrDeclared(Decoding d) {
    try {
      assertThat(d.run()).isNotNull();
    } catch (TlsProtocolException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  @Provide
  Arbitrary<byte[]> tlsLooking() {
    Arbitrary<byte[]> record = Combinators.combine(
        Arbitraries.integers().between(19, 25),
        Arbitraries.integers().between(0, 4),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(80),
        Arbitraries.integers().between(-3, 3)).as((type, minor, body, skew) -> {
          int len = Math.max(0, body.length + skew);
          byte[] r = new byte[5 + body.length];
          r[0] = (byte) (int) type;
          r[1] = 3;
          r[2] = (byte) (int) minor;
          r[3] = (byte) (len >>> 8);
          r[4] = (byte) len;
          System.arraycopy(body, 0, r, 5, body.length);
          if (type == TlsRecord.HANDSHAKE && body.length >= 4 && skew == 0) {
            r[6] = 0;
          }
          return r;
        });
    return record.list().ofMaxSize(6).map(list -> {
      var out = new java.io.ByteArrayOutputStream();
      list.forEach(out::writeBytes);
      return out.toByteArray();
    });
  }

  @Provide
  Arbitrary<List<TlsRecord>> records() {
    return Combinators.combine(
        Arbitraries.integers().between(20, 24),
        Arbitraries.integers().between(0x0300, 0x03FF),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(2000))
        .as((t, v, f) -> new TlsRecord(t, v, Octets.of(f))).list().ofMaxSize(4);
  }

  private static Arbitrary<Octets> octets(int min, int max) {
    return Arbitraries.bytes().array(byte[].class).ofMinSize(min).ofMaxSize(max).map(Octets::of);
  }

  private static Arbitrary<List<TlsExtension>> extensions() {
    return Combinators.combine(Arbitraries.integers().between(0, 0xFFFF), octets(0, 40))
        .as(TlsExtension::new).list().ofMaxSize(6);
  }

  @Provide
  Arbitrary<ClientHello> clientHellos() {
    return Combinators.combine(
        Arbitraries.integers().between(0, 0xFFFF),
        octets(32, 32),
        octets(0, 32),
        Arbitraries.integers().between(0, 0xFFFF).list().ofMinSize(1).ofMaxSize(40),
        Arbitraries.integers().between(0, 255).list().ofMinSize(1).ofMaxSize(3),
        extensions()).as(ClientHello::new);
  }

  @Provide
  Arbitrary<ServerHello> serverHellos() {
    return Combinators.combine(
        Arbitraries.integers().between(0, 0xFFFF),
        octets(32, 32),
        octets(0, 32),
        Arbitraries.integers().between(0, 0xFFFF),
        Arbitraries.integers().between(0, 255),
        extensions()).as(ServerHello::new);
  }

  @Provide
  Arbitrary<List<Octets>> certificateLists() {
    return octets(1, 300).list().ofMaxSize(CertificateMessage.MAX_CERTIFICATES).map(ArrayList::new);
  }
}
