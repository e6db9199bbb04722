package dev.iotcop.net.proto.tls;

import dev.iotcop.net.proto.Octets;
import java.util.List;
import java.util.Optional;

/**
 * A ServerHello body. In TLS 1.3 the real version sits in the supported_versions extension, and a ServerHello whose
 * random is a fixed constant is a HelloRetryRequest.
 */
public record ServerHello(
    int legacyVersion,
    Octets random,
    Octets sessionId,
    int cipherSuite,
    int compressionMethod,
    List<TlsExtension> extensions) {

  /** The random value that marks a HelloRetryRequest (SHA-256 of the text "HelloRetryRequest"). */
  public static final Octets HELLO_RETRY_REQUEST_RANDOM =
      Octets.fromHex("cf21ad74e59a6111be1d8c021e65b891c2a211167abb8c5e079e09e2c8a8339c");

  public ServerHello {
    extensions = List.copyOf(extensions);
    if (random.length() != 32 || sessionId.length() > 32 || cipherSuite < 0 || cipherSuite > 0xFFFF
        || compressionMethod < 0 || compressionMethod > 0xFF) {
      throw new IllegalArgumentException("server hello field out of range");
    }
  }

  public boolean isHelloRetryRequest() {
    return random.equals(HELLO_RETRY_REQUEST_RANDOM);
  }

  /** The version code the server chose: supported_versions when present, else the legacy field. */
  public int negotiatedVersionCode() {
    return extension(TlsExtension.SUPPORTED_VERSIONS)
        .filter(e -> e.data().length() == 2)
        .map(e -> (e.data().get(0) << 8) | e.data().get(1))
        .orElse(legacyVersion);
  }

  public Optional<TlsVersion> negotiatedVersion() {
    return TlsVersion.fromCode(negotiatedVersionCode());
  }

  /** For a HelloRetryRequest: the group the server asks the client to use. */
  public Optional<Integer> selectedGroup() {
    return extension(TlsExtension.KEY_SHARE)
        .filter(e -> e.data().length() >= 2)
        .map(e -> (e.data().get(0) << 8) | e.data().get(1));
  }

  public Optional<TlsExtension> extension(int type) {
    return extensions.stream().filter(e -> e.type() == type).findFirst();
  }

  public byte[] encodeBody() {
    TlsOutput out = new TlsOutput()
        .u16(legacyVersion)
        .bytes(random)
        .vector8(sessionId.toByteArray())
        .u16(cipherSuite)
        .u8(compressionMethod);
    if (!extensions.isEmpty()) {
      out.bytes(TlsExtension.encodeBlock(extensions));
    }
    return out.toByteArray();
  }

  public static ServerHello decode(byte[] body) throws TlsProtocolException {
    TlsInput in = new TlsInput(body);
    int version = in.u16("server version");
    Octets random = in.octets(32, "server random");
    int sidLength = in.u8("session id length");
    if (sidLength > 32) {
      throw new TlsProtocolException("session id longer than 32 bytes");
    }
    Octets sessionId = in.octets(sidLength, "session id");
    int suite = in.u16("cipher suite");
    int compression = in.u8("compression method");
    List<TlsExtension> extensions = TlsExtension.decodeBlock(in);
    return new ServerHello(version, random, sessionId, suite, compression, extensions);
  }
}
