package dev.iotcop.net.proto.tls;

import dev.iotcop.net.proto.Octets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds a ClientHello that offers exactly one protocol version. For TLS 1.3 it adds supported_versions, an X25519
 * key_share with a real key and psk_key_exchange_modes; for SSLv3 it sends no extensions, as SSLv3 clients did.
 */
public final class ClientHelloBuilder {
  public static final List<Integer> DEFAULT_GROUPS = List.of(0x001D, 0x0017, 0x0018, 0x0019, 0x001E, 0x0100, 0x0101);
  public static final List<Integer> DEFAULT_POINT_FORMATS = List.of(0);
  /** ECDSA, RSA-PSS, RSA PKCS#1, EdDSA and the SHA-1 legacy schemes, so old servers find something they sign with. */
  public static final List<Integer> DEFAULT_SIGNATURE_ALGORITHMS = List.of(
      0x0403, 0x0503, 0x0603, 0x0804, 0x0805, 0x0806, 0x0807, 0x0808, 0x0401, 0x0501, 0x0601, 0x0203, 0x0201, 0x0402,
      0x0202);
  public static final int SCSV_RENEGOTIATION = 0x00FF;

  private final TlsVersion version;
  private List<Integer> cipherSuites = List.of();
  private Optional<String> serverName = Optional.empty();
  private List<Integer> groups = DEFAULT_GROUPS;
  private List<Integer> pointFormats = DEFAULT_POINT_FORMATS;
  private List<Integer> signatureAlgorithms = DEFAULT_SIGNATURE_ALGORITHMS;
  private boolean renegotiationInfo = true;
  private Optional<byte[]> x25519PublicKey = Optional.empty();

  private ClientHelloBuilder(TlsVersion version) {
    this.version = version;
  }

  public static ClientHelloBuilder forVersion(TlsVersion version) {
    return new ClientHelloBuilder(version);
  }

  public ClientHelloBuilder cipherSuites(List<Integer> suites) {
    this.cipherSuites = List.copyOf(suites);
    return this;
  }

  /** SNI; only DNS names are sent, IP literals are skipped as the extension forbids them. */
  public ClientHelloBuilder serverName(String name) {
    this.serverName = Optional.ofNullable(name).filter(ClientHelloBuilder::isDnsName);
    return this;
  }

  public ClientHelloBuilder groups(List<Integer> groups) {
    this.groups = List.copyOf(groups);
    return this;
  }

  public ClientHelloBuilder pointFormats(List<Integer> formats) {
    this.pointFormats = List.copyOf(formats);
    return this;
  }

  public ClientHelloBuilder signatureAlgorithms(List<Integer> schemes) {
    this.signatureAlgorithms = List.copyOf(schemes);
    return this;
  }

  public ClientHelloBuilder renegotiationInfo(boolean send) {
    this.renegotiationInfo = send;
    return this;
  }

  /** Uses this X25519 public key instead of generating one (TLS 1.3 only). */
  public ClientHelloBuilder x25519PublicKey(byte[] key) {
    if (key.length != 32) {
      throw new IllegalArgumentException("X25519 keys are 32 bytes");
    }
    this.x25519PublicKey = Optional.of(key.clone());
    return this;
  }

  public ClientHello build(SecureRandom random) {
    if (cipherSuites.isEmpty()) {
      throw new IllegalStateException("no cipher suites to offer");
    }
    byte[] clientRandom = new byte[32];
    random.nextBytes(clientRandom);
    List<TlsExtension> ext = new ArrayList<>();
    List<Integer> suites = new ArrayList<>(cipherSuites);
    byte[] sessionId = new byte[0];
    if (version == TlsVersion.SSL_3_0) {
      suites.add(SCSV_RENEGOTIATION);
      return new ClientHello(version.code(), Octets.of(clientRandom), Octets.empty(), suites, List.of(0), ext);
    }
    serverName.ifPresent(n -> ext.add(TlsExtension.serverName(n)));
    if (!groups.isEmpty()) {
      ext.add(TlsExtension.supportedGroups(groups));
    }
    if (!pointFormats.isEmpty()) {
      ext.add(TlsExtension.ecPointFormats(pointFormats));
    }
    if (version.compareTo(TlsVersion.TLS_1_2) >= 0 && !signatureAlgorithms.isEmpty()) {
      ext.add(TlsExtension.signatureAlgorithms(signatureAlgorithms));
    }
    if (renegotiationInfo) {
      ext.add(TlsExtension.emptyRenegotiationInfo());
    }
    int legacyVersion = version.code();
    if (version == TlsVersion.TLS_1_3) {
      legacyVersion = TlsVersion.TLS_1_2.code();
      sessionId = new byte[32];
      random.nextBytes(sessionId);
      ext.add(TlsExtension.supportedVersions(List.of(TlsVersion.TLS_1_3)));
      ext.add(TlsExtension.keyShare(X25519KeyShare.GROUP, x25519PublicKey.orElseGet(X25519KeyShare::newPublicKey)));
      ext.add(TlsExtension.pskKeyExchangeModes(List.of(1)));
    }
    return new ClientHello(legacyVersion, Octets.of(clientRandom), Octets.of(sessionId), suites, List.of(0), ext);
  }

  /** The record-layer version to send the hello in: TLS 1.0 for modern hellos, as many servers expect. */
  public static int recordVersionFor(TlsVersion version) {
    return version == TlsVersion.SSL_3_0 ? TlsVersion.SSL_3_0.code() : TlsVersion.TLS_1_0.code();
  }

  static boolean isDnsName(String name) {
    if (name.isEmpty() || name.length() > 253 || name.chars().allMatch(c -> Character.isDigit(c) || c == '.')
        || name.contains(":")) {
      return false;
    }
    return name.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '.'));
  }
}
