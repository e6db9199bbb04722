package dev.iotcop.net.check.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.iotcop.engine.Confidence;
import dev.iotcop.engine.Finding;
import dev.iotcop.engine.Outcome;
import dev.iotcop.engine.Subject;
import dev.iotcop.engine.Target;
import dev.iotcop.engine.Transport;
import dev.iotcop.engine.check.Check;
import dev.iotcop.engine.check.Politeness;
import dev.iotcop.engine.check.TestContexts;
import dev.iotcop.engine.evidence.CertificateSummary;
import dev.iotcop.engine.evidence.TlsHandshakeSummary;
import dev.iotcop.engine.fact.Facts;
import dev.iotcop.engine.fact.ServiceFact;
import dev.iotcop.net.LegacyProtocols;
import dev.iotcop.net.proto.LocalDaemon;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The two TLS checks against OpenSSL servers on 127.0.0.1, configured as a cheap device and as a careful one. */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class TlsChecksLiveTest {
  private static final Target TARGET = new Target.NetworkDevice("127.0.0.1", InetAddress.getLoopbackAddress(),
      Optional.empty());
  private static final Politeness POLITENESS = Politeness.standard().withTimeouts(Duration.ofSeconds(2),
      Duration.ofSeconds(3));

  @TempDir
  static Path dir;
  static TestCertificates.Issued expiredWeak;
  static TestCertificates.Issued leaf;
  static TestCertificates.Issued authority;
  static TestCertificates.Issued selfSigned;

  @BeforeAll
  static void certificates() throws Exception {
    assumeTrue(LocalDaemon.executable(TestCertificates.OPENSSL), "openssl is not installed");
    LegacyProtocols.allowForProbing();
    expiredWeak = TestCertificates.make(dir, "camera", "rsa:1024", "sha1", -1095, -365, false, null);
    authority = TestCertificates.make(dir, "ca", "ec:prime256v1", "sha256", -10, 3650, true, null);
    leaf = TestCertificates.make(dir, "hub", "ec:prime256v1", "sha256", -1, 365, false, authority);
    selfSigned = TestCertificates.make(dir, "plug", "rsa:2048", "sha256", -1, 365, false, null);
  }

  private static LocalDaemon server(TestCertificates.Issued cert, String... options) throws Exception {
    int port = LocalDaemon.freePort();
    List<String> cmd = new ArrayList<>(List.of(TestCertificates.OPENSSL, "s_server", "-accept", "127.0.0.1:" + port,
        "-cert", cert.certificate().toString(), "-key", cert.key().toString(), "-quiet"));
    cmd.addAll(List.of(options));
    return LocalDaemon.start(cmd, port, dir);
  }

  private static Subject.Service service(int port, String protocol) {
    return new Subject.Service("127.0.0.1", port, Transport.TCP, protocol);
  }

  private static List<Finding> run(Check check, int port, String protocol) throws InterruptedException {
    Facts facts = Facts.of(List.of(new ServiceFact(service(port, protocol), true, "", "", "", Map.of()),
        new ServiceFact(service(port + 1, "http"), false, "", "", "", Map.of())));
    List<Subject> subjects = List.copyOf(check.subjects(TARGET, facts));
    assertThat(subjects).as("only TLS services are subjects, whatever they carry").containsExactly(service(port, protocol));
    return check.run(TestContexts.context(TARGET, facts, POLITENESS), subjects.getFirst()).findings();
  }

  private static List<String> keys(List<Finding> findings) {
    return findings.stream().map(Finding::messageKey).map(k -> k.substring(k.lastIndexOf(".net.") + 5)).toList();
  }

  @Test
  void cheapDeviceWithLegacyTlsAndAnExpiredWeakCertificateFails() throws Exception {
    try (LocalDaemon d = server(expiredWeak, "-cipher", "AES128-SHA:NULL-SHA:NULL-MD5:@SECLEVEL=0",
        "-min_protocol", "TLSv1", "-max_protocol", "TLSv1.1")) {
      List<Finding> config = run(new TlsConfigurationCheck(), d.port(), "mqtts");
      assertThat(keys(config)).containsExactly("tls.configuration.fail.versions-and-suites",
          "tls.configuration.info.cbc-sha1");
      Finding fail = config.getFirst();
      assertThat(fail.confidence()).isEqualTo(Confidence.HIGH);
      assertThat(fail.messageArgs().getFirst()).isEqualTo("TLSv1.0, TLSv1.1");
      assertThat(fail.messageArgs().get(1)).as("one suite per kind of weakness").startsWith("TLS_RSA_WITH_NULL_");
      TlsHandshakeSummary summary = (TlsHandshakeSummary) fail.evidence().getFirst();
      assertThat(summary.versionsAccepted()).containsExactly("TLSv1.0", "TLSv1.1");
      assertThat(summary.versionsRefused()).containsExactly("SSLv3", "TLSv1.2", "TLSv1.3");
      assertThat(config.get(1).messageArgs().getFirst()).contains("TLS_RSA_WITH_AES_128_CBC_SHA");

      List<Finding> cert = run(new TlsCertificateCheck(), d.port(), "mqtts");
      assertThat(keys(cert)).containsExactlyInAnyOrder("tls.certificate.fail.expired", "tls.certificate.fail.weak-key",
          "tls.certificate.fail.weak-self-signature", "tls.certificate.info.self-signed");
      CertificateSummary c = (CertificateSummary) cert.getFirst().evidence().getFirst();
      assertThat(c.keyAlgorithm()).isEqualTo("RSA");
      assertThat(c.keyBits()).isEqualTo(1024);
      assertThat(c.selfSigned()).isTrue();
      assertThat(c.signatureAlgorithm()).containsIgnoringCase("SHA1");
      assertThat(cert).filteredOn(Finding::isConfidentFailure).hasSize(2);
    }
  }

  @Test
  void carefulDeviceWithAeadSuitesAndAnIssuedCertificatePasses() throws Exception {
    try (LocalDaemon d = server(leaf, "-cert_chain", authority.certificate().toString(), "-cipher",
        "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305", "-min_protocol", "TLSv1.2")) {
      List<Finding> config = run(new TlsConfigurationCheck(), d.port(), "https");
      assertThat(keys(config)).containsExactly("tls.configuration.pass");
      assertThat(config.getFirst().messageArgs()).containsExactly("TLSv1.2, TLSv1.3");
      List<Finding> cert = run(new TlsCertificateCheck(), d.port(), "https");
      assertThat(keys(cert)).containsExactly("tls.certificate.pass");
      assertThat(cert.getFirst().messageArgs()).contains("CN=hub.iotcop.test", "EC", "256");
    }
  }

  @Test
  void opensslDefaultsPassWithTheCbcSuitesNoted() throws Exception {
    try (LocalDaemon d = server(selfSigned, "-min_protocol", "TLSv1.2")) {
      List<Finding> config = run(new TlsConfigurationCheck(), d.port(), "tls");
      assertThat(keys(config)).containsExactly("tls.configuration.pass", "tls.configuration.info.cbc-sha1");
      assertThat(config).noneMatch(f -> f.outcome() == Outcome.FAIL);
    }
  }

  @Test
  void tls13OnlyServerIsJudgedAndItsChainReadThroughTheJdk() throws Exception {
    try (LocalDaemon d = server(selfSigned, "-tls1_3")) {
      assertThat(keys(run(new TlsConfigurationCheck(), d.port(), "https"))).containsExactly("tls.configuration.pass");
      List<Finding> cert = run(new TlsCertificateCheck(), d.port(), "https");
      assertThat(keys(cert)).containsExactly("tls.certificate.info.self-signed");
      assertThat(cert.getFirst().evidence().get(1).toString()).contains("JDK_HANDSHAKE");
    }
  }

  @Test
  void aPortThatDoesNotSpeakTlsOrDoesNotAnswerIsNeverACertificateProblem() throws Exception {
    try (ServerSocket ssh = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
      Thread server = Thread.ofVirtual().start(() -> answerAll(ssh));
      assertThat(keys(run(new TlsConfigurationCheck(), ssh.getLocalPort(), "tls")))
          .containsExactly("tls.configuration.inconclusive.not-tls");
      List<Finding> cert = run(new TlsCertificateCheck(), ssh.getLocalPort(), "tls");
      assertThat(keys(cert)).containsExactly("tls.certificate.inconclusive.not-tls");
      assertThat(cert.getFirst().messageArgs().getFirst()).startsWith("TLS not spoken");
      ssh.close();
      server.join(5000);
    }
    int closed = LocalDaemon.freePort();
    assertThat(keys(run(new TlsCertificateCheck(), closed, "https"))).containsExactly("tls.certificate.inconclusive.no-answer");
    assertThat(keys(run(new TlsConfigurationCheck(), closed, "https")))
        .containsExactly("tls.configuration.inconclusive.no-answer");
  }

  private static void answerAll(ServerSocket server) {
    for (int i = 0; i < 50 && !server.isClosed(); i++) {
      try (Socket s = server.accept(); OutputStream out = s.getOutputStream()) {
        out.write("SSH-2.0-OpenSSH_9.2\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        s.setSoTimeout(2000);
        s.getInputStream().read(new byte[1024]);
      } catch (IOException e) {
        // closed by the test or by the client
      }
    }
  }
}
