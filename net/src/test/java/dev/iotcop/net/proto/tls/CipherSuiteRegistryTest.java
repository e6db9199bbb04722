package dev.iotcop.net.proto.tls;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CipherSuiteRegistryTest {
  private final CipherSuiteRegistry registry = CipherSuiteRegistry.load();

  @Test
  void knowsWellKnownSuitesAndTheirParts() {
    CipherSuite s = registry.byCode(0xC02F).orElseThrow();
    assertThat(s.name()).isEqualTo("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256");
    assertThat(s.keyExchange()).isEqualTo("ECDHE");
    assertThat(s.authentication()).isEqualTo("RSA");
    assertThat(s.cipher()).isEqualTo("AES_128_GCM");
    assertThat(s.mac()).isEqualTo("AEAD");
    assertThat(s.minVersion()).isEqualTo(TlsVersion.TLS_1_2);
    assertThat(s.weak()).isFalse();
  }

  @Test
  void classifiesWeakSuites() {
    assertThat(registry.byCode(0x0003).orElseThrow().weaknesses())
        .containsExactlyInAnyOrder(SuiteWeakness.EXPORT, SuiteWeakness.RC4, SuiteWeakness.MD5);
    assertThat(registry.byCode(0x0001).orElseThrow().weaknesses())
        .containsExactlyInAnyOrder(SuiteWeakness.NULL_CIPHER, SuiteWeakness.MD5);
    assertThat(registry.byCode(0x0034).orElseThrow().weaknesses())
        .containsExactlyInAnyOrder(SuiteWeakness.ANONYMOUS, SuiteWeakness.CBC_SHA1);
    assertThat(registry.byCode(0x000A).orElseThrow().weaknesses())
        .containsExactlyInAnyOrder(SuiteWeakness.TRIPLE_DES, SuiteWeakness.CBC_SHA1);
    assertThat(registry.byCode(0x0009).orElseThrow().weaknesses()).contains(SuiteWeakness.DES);
    assertThat(registry.byCode(0x1301).orElseThrow().weak()).isFalse();
  }

  @Test
  void everyWeaknessHasSuitesUsableInTls12AndVersionsAreSeparated() {
    for (SuiteWeakness w : SuiteWeakness.values()) {
      assertThat(registry.withWeakness(w)).as(w.name()).isNotEmpty();
    }
    assertThat(registry.usableIn(TlsVersion.TLS_1_3)).extracting(CipherSuite::code)
        .containsExactlyInAnyOrder(0x1301, 0x1302, 0x1303, 0x1304, 0x1305);
    assertThat(registry.usableIn(TlsVersion.TLS_1_0)).noneMatch(s -> s.minVersion() == TlsVersion.TLS_1_2);
    assertThat(registry.usableIn(TlsVersion.SSL_3_0)).noneMatch(s -> s.keyExchange().startsWith("ECDH"));
    assertThat(registry.usableIn(TlsVersion.TLS_1_2)).noneMatch(CipherSuite::signalling);
    assertThat(registry.all()).hasSizeGreaterThan(300);
  }

  @Test
  void unknownCodesGetAHexName() {
    assertThat(registry.byCode(0x0A0A)).isEmpty();
    assertThat(registry.name(0x0A0A)).isEqualTo("0x0A0A");
  }
}
