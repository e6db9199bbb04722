package dev.iotcop.net.proto.tls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iotcop.net.proto.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bytes captured from OpenSSL 3 s_server and s_client on the loopback interface. */
class TlsCapturedBytesTest {
  private static byte[] fixture(String name) {
    return Fixtures.bytes(TlsCapturedBytesTest.class, name);
  }

  private static HelloOutcome answer(String name, boolean certificate) throws IOException {
    return TlsProber.readAnswer(new ByteArrayInputStream(fixture(name)), certificate);
  }

  @Test
  void helloRetryRandomIsTheHashOfItsName() throws Exception {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest("HelloRetryRequest".getBytes(StandardCharsets.US_ASCII));
    assertThat(ServerHello.HELLO_RETRY_REQUEST_RANDOM.toByteArray()).isEqualTo(digest);
  }

  @Test
  void tls12FlightGivesServerHelloAndCertificate() throws Exception {
    HelloOutcome outcome = answer("tls12.server.bin", true);
    assertThat(outcome).isInstanceOf(HelloOutcome.Negotiated.class);
    HelloOutcome.Negotiated n = (HelloOutcome.Negotiated) outcome;
    assertThat(n.version()).contains(TlsVersion.TLS_1_2);
    assertThat(CipherSuiteRegistry.load().name(n.cipherSuite())).isEqualTo("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384");
    List<X509Certificate> chain = n.certificate().orElseThrow().toX509();
    assertThat(chain).hasSize(1);
    assertThat(chain.getFirst().getSubjectX500Principal().getName()).isEqualTo("CN=iotcop-test.local");
  }

  @Test
  void tls13ServerHelloCarriesVersionInExtension() throws Exception {
    HelloOutcome.Negotiated n = (HelloOutcome.Negotiated) answer("tls13.server.bin", true);
    assertThat(n.serverHello().legacyVersion()).isEqualTo(0x0303);
    assertThat(n.version()).contains(TlsVersion.TLS_1_3);
    assertThat(n.cipherSuite()).isEqualTo(0x1302);
    assertThat(n.certificate()).isEmpty();
    assertThat(n.serverHello().isHelloRetryRequest()).isFalse();
  }

  @Test
  void helloRetryRequestNamesTheGroupTheServerWants() throws Exception {
    HelloOutcome outcome = answer("hrr.server.bin", false);
    assertThat(outcome).isInstanceOf(HelloOutcome.RetryRequested.class);
    ServerHello hrr = ((HelloOutcome.RetryRequested) outcome).serverHello();
    assertThat(hrr.isHelloRetryRequest()).isTrue();
    assertThat(hrr.selectedGroup()).contains(0x0017);
    assertThat(hrr.negotiatedVersion()).contains(TlsVersion.TLS_1_3);
    assertThat(VersionSupport.accepts(TlsVersion.TLS_1_3, outcome)).isTrue();
  }

  @Test
  void protocolVersionAlertIsARefusalNotAMissingTls() throws Exception {
    HelloOutcome outcome = answer("alert-protocol-version.server.bin", false);
    assertThat(outcome).isEqualTo(new HelloOutcome.Refused(java.util.Optional.of(new TlsAlert(2, 70))));
    assertThat(outcome.summary()).startsWith("handshake refused").contains("protocol_version");
  }

  @Test
  void tls10FlightFromLegacyServer() throws Exception {
    HelloOutcome.Negotiated n = (HelloOutcome.Negotiated) answer("tls10.server.bin", true);
    assertThat(n.version()).contains(TlsVersion.TLS_1_0);
    X509Certificate leaf = n.certificate().orElseThrow().toX509().getFirst();
    CertificateFacts facts = CertificateEvaluator.facts(leaf);
    assertThat(facts.keyBits()).isEqualTo(1024);
    assertThat(facts.signatureAlgorithm()).isEqualTo("SHA1withRSA");
    assertThat(CertificateEvaluator.evaluate(leaf, leaf.getNotBefore().toInstant().plus(Duration.ofMinutes(1))))
        .extracting(CertificateProblem::kind)
        .containsExactlyInAnyOrder(CertificateProblem.Kind.SELF_SIGNED, CertificateProblem.Kind.WEAK_KEY,
            CertificateProblem.Kind.WEAK_SIGNATURE);
  }

  @Test
  void clientHellosFromOpensslDecode() throws Exception {
    for (String name : List.of("tls12.client.bin", "tls13.client.bin", "tls10.client.bin", "hrr.client.bin")) {
      TlsRecord first = TlsRecord.decodeAll(firstRecord(fixture(name))).getFirst();
      assertThat(first.contentType()).isEqualTo(TlsRecord.HANDSHAKE);
      TlsHandshake h = TlsHandshake.decode(first.fragment().toByteArray());
      assertThat(h.type()).isEqualTo(TlsHandshake.CLIENT_HELLO);
      ClientHello hello = ClientHello.decode(h.body().toByteArray());
      assertThat(hello.encodeBody()).isEqualTo(h.body().toByteArray());
      assertThat(hello.cipherSuites()).isNotEmpty();
    }
    ClientHello tls13 = ClientHello.decode(TlsHandshake.decode(
        TlsRecord.decodeAll(firstRecord(fixture("tls13.client.bin"))).getFirst().fragment().toByteArray()).body().toByteArray());
    assertThat(tls13.extension(TlsExtension.SUPPORTED_VERSIONS)).isPresent();
    assertThat(tls13.extension(TlsExtension.KEY_SHARE)).isPresent();
    assertThat(tls13.extension(TlsExtension.SERVER_NAME).orElseThrow().data())
        .isEqualTo(TlsExtension.serverName("iotcop-test.local").data());
  }

  private static byte[] firstRecord(byte[] stream) {
    int length = ((stream[3] & 0xFF) << 8) | (stream[4] & 0xFF);
    return java.util.Arrays.copyOf(stream, 5 + length);
  }

  @Test
  void httpAnswerIsNotTls() throws Exception {
    byte[] http = "HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    HelloOutcome outcome = TlsProber.readAnswer(new ByteArrayInputStream(http), false);
    assertThat(outcome).isInstanceOf(HelloOutcome.NotTls.class);
    assertThat(outcome.summary()).startsWith("TLS not spoken").contains("0x48");
  }

  @Test
  void silentCloseIsARefusal() throws Exception {
    assertThat(TlsProber.readAnswer(new ByteArrayInputStream(new byte[0]), false))
        .isEqualTo(new HelloOutcome.Refused(java.util.Optional.empty()));
  }
}
