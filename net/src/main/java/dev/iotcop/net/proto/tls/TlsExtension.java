package dev.iotcop.net.proto.tls;

import dev.iotcop.net.proto.Octets;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One hello extension as type and raw data, with factories for the extensions our probes send. */
public record TlsExtension(int type, Octets data) {
  public static final int SERVER_NAME = 0;
  public static final int SUPPORTED_GROUPS = 10;
  public static final int EC_POINT_FORMATS = 11;
  public static final int SIGNATURE_ALGORITHMS = 13;
  public static final int SUPPORTED_VERSIONS = 43;
  public static final int PSK_KEY_EXCHANGE_MODES = 45;
  public static final int KEY_SHARE = 51;
  public static final int RENEGOTIATION_INFO = 0xFF01;

  public TlsExtension {
    if (type < 0 || type > 0xFFFF || data.length() > 0xFFFF) {
      throw new IllegalArgumentException("extension type or length out of range");
    }
  }

  /** server_name with one host_name entry (SNI). */
  public static TlsExtension serverName(String hostName) {
    byte[] name = hostName.getBytes(StandardCharsets.US_ASCII);
    byte[] entry = new TlsOutput().u8(0).vector16(name).toByteArray();
    return new TlsExtension(SERVER_NAME, Octets.of(new TlsOutput().vector16(entry).toByteArray()));
  }

  public static TlsExtension supportedGroups(List<Integer> groups) {
    return new TlsExtension(SUPPORTED_GROUPS, Octets.of(new TlsOutput().vector16(u16List(groups)).toByteArray()));
  }

  public static TlsExtension ecPointFormats(List<Integer> formats) {
    TlsOutput body = new TlsOutput();
    formats.forEach(body::u8);
    return new TlsExtension(EC_POINT_FORMATS, Octets.of(new TlsOutput().vector8(body.toByteArray()).toByteArray()));
  }

  public static TlsExtension signatureAlgorithms(List<Integer> schemes) {
    return new TlsExtension(SIGNATURE_ALGORITHMS, Octets.of(new TlsOutput().vector16(u16List(schemes)).toByteArray()));
  }

  /** renegotiation_info with an empty renegotiated_connection, as sent in an initial handshake. */
  public static TlsExtension emptyRenegotiationInfo() {
    return new TlsExtension(RENEGOTIATION_INFO, Octets.of(new byte[] {0}));
  }

  /** The client form of supported_versions: a list of versions. */
  public static TlsExtension supportedVersions(List<TlsVersion> versions) {
    return new TlsExtension(SUPPORTED_VERSIONS,
        Octets.of(new TlsOutput().vector8(u16List(versions.stream().map(TlsVersion::code).toList())).toByteArray()));
  }

  /** The client form of key_share with one entry. */
  public static TlsExtension keyShare(int group, byte[] publicKey) {
    byte[] entry = new TlsOutput().u16(group).vector16(publicKey).toByteArray();
    return new TlsExtension(KEY_SHARE, Octets.of(new TlsOutput().vector16(entry).toByteArray()));
  }

  /** psk_key_exchange_modes; mode 1 is psk_dhe_ke. */
  public static TlsExtension pskKeyExchangeModes(List<Integer> modes) {
    TlsOutput body = new TlsOutput();
    modes.forEach(body::u8);
    return new TlsExtension(PSK_KEY_EXCHANGE_MODES, Octets.of(new TlsOutput().vector8(body.toByteArray()).toByteArray()));
  }

  private static byte[] u16List(List<Integer> values) {
    TlsOutput out = new TlsOutput();
    values.forEach(out::u16);
    return out.toByteArray();
  }

  static byte[] encodeBlock(List<TlsExtension> extensions) {
    TlsOutput all = new TlsOutput();
    for (TlsExtension e : extensions) {
      all.u16(e.type).vector16(e.data.toByteArray());
    }
    return new TlsOutput().vector16(all.toByteArray()).toByteArray();
  }

  /** Reads the optional extensions block that ends a hello; absent means an empty list. */
  static List<TlsExtension> decodeBlock(TlsInput in) throws TlsProtocolException {
    List<TlsExtension> list = new ArrayList<>();
    if (!in.hasRemaining()) {
      return list;
    }
    TlsInput block = in.slice(in.u16("extensions length"), "extensions");
    while (block.hasRemaining()) {
      int type = block.u16("extension type");
      list.add(new TlsExtension(type, block.octets(block.u16("extension length"), "extension data")));
    }
    in.expectEnd("extensions");
    return list;
  }
}
