package dev.iotcop.net.proto.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.NamedParameterSpec;
import java.security.spec.XECPublicKeySpec;
import java.util.List;
import javax.crypto.KeyAgreement;
import org.junit.jupiter.api.Test;

class ClientHelloBuilderTest {
  private final SecureRandom random = new SecureRandom();

  @Test
  void sslv3HelloHasNoExtensionsAndSignalsRenegotiation() throws Exception {
    ClientHello h = ClientHelloBuilder.forVersion(TlsVersion.SSL_3_0).cipherSuites(List.of(0x000A))
        .serverName("device.example").build(random);
    assertThat(h.legacyVersion()).isEqualTo(0x0300);
    assertThat(h.extensions()).isEmpty();
    assertThat(h.cipherSuites()).containsExactly(0x000A, 0x00FF);
    assertThat(ClientHello.decode(h.encodeBody())).isEqualTo(h);
    assertThat(ClientHelloBuilder.recordVersionFor(TlsVersion.SSL_3_0)).isEqualTo(0x0300);
  }

  @Test
  void tls12HelloCarriesTheConfiguredExtensions() {
    ClientHello h = ClientHelloBuilder.forVersion(TlsVersion.TLS_1_2).cipherSuites(List.of(0xC02F))
        .serverName("device.example").groups(List.of(0x0017)).build(random);
    assertThat(h.legacyVersion()).isEqualTo(0x0303);
    assertThat(h.extensions()).extracting(TlsExtension::type).containsExactly(
        TlsExtension.SERVER_NAME, TlsExtension.SUPPORTED_GROUPS, TlsExtension.EC_POINT_FORMATS,
        TlsExtension.SIGNATURE_ALGORITHMS, TlsExtension.RENEGOTIATION_INFO);
    assertThat(h.extension(TlsExtension.SUPPORTED_GROUPS).orElseThrow().data().toHex()).isEqualTo("00020017");
    assertThat(h.extension(TlsExtension.SUPPORTED_VERSIONS)).isEmpty();
  }

  @Test
  void tls10HelloLeavesOutSignatureAlgorithmsAndSkipsIpLiteralSni() {
    ClientHello h = ClientHelloBuilder.forVersion(TlsVersion.TLS_1_0).cipherSuites(List.of(0x002F))
        .serverName("127.0.0.1").renegotiationInfo(false).build(random);
    assertThat(h.extensions()).extracting(TlsExtension::type)
        .containsExactly(TlsExtension.SUPPORTED_GROUPS, TlsExtension.EC_POINT_FORMATS);
  }

  @Test
  void tls13HelloOffersOnly13WithAUsableX25519Key() throws Exception {
    ClientHello h = ClientHelloBuilder.forVersion(TlsVersion.TLS_1_3).cipherSuites(List.of(0x1301))
        .build(random);
    assertThat(h.legacyVersion()).isEqualTo(0x0303);
    assertThat(h.sessionId().length()).isEqualTo(32);
    assertThat(h.extension(TlsExtension.SUPPORTED_VERSIONS).orElseThrow().data().toHex()).isEqualTo("020304");
    assertThat(h.extension(TlsExtension.PSK_KEY_EXCHANGE_MODES).orElseThrow().data().toHex()).isEqualTo("0101");
    byte[] share = h.extension(TlsExtension.KEY_SHARE).orElseThrow().data().toByteArray();
    assertThat(share).hasSize(2 + 2 + 2 + 32);
    assertThat(((share[2] & 0xFF) << 8) | (share[3] & 0xFF)).isEqualTo(X25519KeyShare.GROUP);
    byte[] key = java.util.Arrays.copyOfRange(share, 6, 38);

    // The key must be a real X25519 point: agreeing on a secret with it from both sides gives the same value.
    KeyPairGenerator gen = KeyPairGenerator.getInstance("X25519");
    KeyPair other = gen.generateKeyPair();
    KeyAgreement ka = KeyAgreement.getInstance("X25519");
    ka.init(other.getPrivate());
    ka.doPhase(KeyFactory.getInstance("X25519").generatePublic(
        new XECPublicKeySpec(NamedParameterSpec.X25519, fromLittleEndian(key))), true);
    assertThat(ka.generateSecret()).hasSize(32).isNotEqualTo(new byte[32]);
  }

  @Test
  void littleEndianEncodingMatchesTheJdkValue() {
    byte[] le = X25519KeyShare.littleEndian32(BigInteger.valueOf(0x0102));
    assertThat(le[0]).isEqualTo((byte) 0x02);
    assertThat(le[1]).isEqualTo((byte) 0x01);
    assertThat(fromLittleEndian(le)).isEqualTo(BigInteger.valueOf(0x0102));
  }

  @Test
  void emptySuiteListIsRejected() {
    assertThatThrownBy(() -> ClientHelloBuilder.forVersion(TlsVersion.TLS_1_2).build(random))
        .isInstanceOf(IllegalStateException.class);
  }

  private static BigInteger fromLittleEndian(byte[] le) {
    byte[] be = new byte[le.length];
    for (int i = 0; i < le.length; i++) {
      be[i] = le[le.length - 1 - i];
    }
    return new BigInteger(1, be);
  }
}
