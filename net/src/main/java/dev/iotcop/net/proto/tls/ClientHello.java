package dev.iotcop.net.proto.tls;

import dev.iotcop.net.proto.Octets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A ClientHello handshake body. Build one with {@link ClientHelloBuilder}; {@link #decode} reads one back. */
public record ClientHello(
    int legacyVersion,
    Octets random,
    Octets sessionId,
    List<Integer> cipherSuites,
    List<Integer> compressionMethods,
    List<TlsExtension> extensions) {

  public ClientHello {
    cipherSuites = List.copyOf(cipherSuites);
    compressionMethods = List.copyOf(compressionMethods);
    extensions = List.copyOf(extensions);
    if (random.length() != 32 || sessionId.length() > 32 || cipherSuites.isEmpty() || compressionMethods.isEmpty()) {
      throw new IllegalArgumentException("random must be 32 bytes, session id at most 32, suites and compressions non-empty");
    }
  }

  public byte[] encodeBody() {
    TlsOutput suites = new TlsOutput();
    cipherSuites.forEach(suites::u16);
    TlsOutput compressions = new TlsOutput();
    compressionMethods.forEach(compressions::u8);
    TlsOutput out = new TlsOutput()
        .u16(legacyVersion)
        .bytes(random)
        .vector8(sessionId.toByteArray())
        .vector16(suites.toByteArray())
        .vector8(compressions.toByteArray());
    if (!extensions.isEmpty()) {
      out.bytes(TlsExtension.encodeBlock(extensions));
    }
    return out.toByteArray();
  }

  public TlsHandshake toHandshake() {
    return new TlsHandshake(TlsHandshake.CLIENT_HELLO, Octets.of(encodeBody()));
  }

  /** The bytes to put on the wire: the handshake message in records of the given record-layer version. */
  public byte[] toRecords(int recordVersion) {
    return TlsRecord.wrap(TlsRecord.HANDSHAKE, recordVersion, toHandshake().encode());
  }

  public Optional<TlsExtension> extension(int type) {
    return extensions.stream().filter(e -> e.type() == type).findFirst();
  }

  public static ClientHello decode(byte[] body) throws TlsProtocolException {
    TlsInput in = new TlsInput(body);
    int version = in.u16("client version");
    Octets random = in.octets(32, "client random");
    int sidLength = in.u8("session id length");
    if (sidLength > 32) {
      throw new TlsProtocolException("session id longer than 32 bytes");
    }
    Octets sessionId = in.octets(sidLength, "session id");
    int suitesLength = in.u16("cipher suites length");
    if (suitesLength == 0 || suitesLength % 2 != 0) {
      throw new TlsProtocolException("cipher suites length " + suitesLength + " is empty or odd");
    }
    TlsInput suitesIn = in.slice(suitesLength, "cipher suites");
    List<Integer> suites = new ArrayList<>();
    while (suitesIn.hasRemaining()) {
      suites.add(suitesIn.u16("cipher suite"));
    }
    int compLength = in.u8("compression methods length");
    if (compLength == 0) {
      throw new TlsProtocolException("no compression methods");
    }
    TlsInput compIn = in.slice(compLength, "compression methods");
    List<Integer> compressions = new ArrayList<>();
    while (compIn.hasRemaining()) {
      compressions.add(compIn.u8("compression method"));
    }
    List<TlsExtension> extensions = TlsExtension.decodeBlock(in);
    return new ClientHello(version, random, sessionId, suites, compressions, extensions);
  }
}
