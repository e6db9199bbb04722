package dev.iotcop.net.proto.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.iotcop.net.proto.LocalDaemon;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.SocketFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The prober against real OpenSSL servers on 127.0.0.1, configured three ways, and against non-TLS listeners. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TlsProberLiveTest {
  private static final String OPENSSL = "/usr/bin/openssl";
  private static final CipherSuiteRegistry REGISTRY = CipherSuiteRegistry.load();

  @TempDir
  static Path dir;

  @BeforeAll
  static void makeCertificate() throws Exception {
    assumeTrue(LocalDaemon.executable(OPENSSL), "openssl is not installed");
    Process p = new ProcessBuilder(OPENSSL, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "key.pem",
        "-out", "cert.pem", "-days", "30", "-subj", "/CN=probe.iotcop.test")
        .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("req.log").toFile()).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
  }

  private static LocalDaemon server(String... extra) throws IOException, InterruptedException {
    int port = LocalDaemon.freePort();
    List<String> cmd = new ArrayList<>(List.of(OPENSSL, "s_server", "-accept", "127.0.0.1:" + port,
        "-cert", "cert.pem", "-key", "key.pem", "-quiet"));
    cmd.addAll(List.of(extra));
    return LocalDaemon.start(cmd, port, dir);
  }

  private static TlsProber prober(int port) {
    return new TlsProber(new TlsProber.Endpoint("127.0.0.1", port, Optional.of("probe.iotcop.test"),
        Duration.ofSeconds(3), Duration.ofSeconds(3)), SocketFactory.getDefault(), REGISTRY);
  }

  @Test
  void modernServerAcceptsOnly12And13AndOffersCbcSha1() throws Exception {
    try (LocalDaemon d = server()) {
      TlsProber prober = prober(d.port());
      VersionSupport support = prober.probeVersions();
      assertThat(support.accepted()).containsExactly(TlsVersion.TLS_1_2, TlsVersion.TLS_1_3);
      assertThat(support.speaksTls()).isTrue();
      assertThat(support.outcomes().get(TlsVersion.TLS_1_0)).isInstanceOf(HelloOutcome.Refused.class);

      WeakSuiteReport weak = prober.probeWeakSuites(TlsVersion.TLS_1_2, 2);
      assertThat(weak.accepted().keySet()).containsExactly(SuiteWeakness.CBC_SHA1);
      assertThat(weak.acceptedSuites()).allMatch(s -> s.cipher().contains("CBC") && s.mac().equals("SHA1"));
      assertThat(weak.handshakes()).isLessThanOrEqualTo(1 + 2 * SuiteWeakness.values().length);

      ChainOutcome chain = prober.certificateChain(support);
      assertThat(chain).isInstanceOf(ChainOutcome.Chain.class);
      ChainOutcome.Chain c = (ChainOutcome.Chain) chain;
      assertThat(c.source()).isEqualTo(ChainOutcome.Source.RAW_HANDSHAKE);
      assertThat(c.leaf().getSubjectX500Principal().getName()).isEqualTo("CN=probe.iotcop.test");
      assertThat(CertificateEvaluator.evaluate(c.leaf(), Instant.now())).extracting(CertificateProblem::kind)
          .containsExactly(CertificateProblem.Kind.SELF_SIGNED);
    }
  }

  @Test
  void tls13OnlyServerChainComesFromTheJdk() throws Exception {
    try (LocalDaemon d = server("-tls1_3")) {
      TlsProber prober = prober(d.port());
      VersionSupport support = prober.probeVersions();
      assertThat(support.accepted()).containsExactly(TlsVersion.TLS_1_3);
      assertThat(support.outcomes().get(TlsVersion.TLS_1_2)).isInstanceOfSatisfying(HelloOutcome.Refused.class,
          r -> assertThat(r.alert()).map(TlsAlert::descriptionName).contains("protocol_version"));
      ChainOutcome chain = prober.certificateChain(support);
      assertThat(chain).isInstanceOfSatisfying(ChainOutcome.Chain.class, c -> {
        assertThat(c.source()).isEqualTo(ChainOutcome.Source.JDK_HANDSHAKE);
        assertThat(c.leaf().getSubjectX500Principal().getName()).isEqualTo("CN=probe.iotcop.test");
      });
    }
  }

  @Test
  void legacyServerAcceptsOldVersionsAndWeakSuitesWithinBudget() throws Exception {
    try (LocalDaemon d = server("-cipher", "ALL:eNULL:aNULL:@SECLEVEL=0", "-min_protocol", "TLSv1")) {
      TlsProber prober = prober(d.port());
      VersionSupport support = prober.probeVersions();
      assertThat(support.accepted())
          .containsExactly(TlsVersion.TLS_1_0, TlsVersion.TLS_1_1, TlsVersion.TLS_1_2, TlsVersion.TLS_1_3);
      assertThat(support.notAccepted()).containsExactly(TlsVersion.SSL_3_0);

      int budget = 3;
      WeakSuiteReport weak = prober.probeWeakSuites(TlsVersion.TLS_1_2, budget);
      assertThat(weak.accepted().keySet()).contains(SuiteWeakness.NULL_CIPHER, SuiteWeakness.ANONYMOUS,
          SuiteWeakness.MD5, SuiteWeakness.CBC_SHA1);
      assertThat(weak.accepted()).doesNotContainKeys(SuiteWeakness.RC4, SuiteWeakness.EXPORT);
      assertThat(weak.incomplete()).contains(SuiteWeakness.CBC_SHA1);
      assertThat(weak.handshakes()).isLessThanOrEqualTo(1 + budget * SuiteWeakness.values().length);
      assertThat(weak.accepted().get(SuiteWeakness.NULL_CIPHER)).allMatch(s -> s.cipher().equals("NULL"));

      HelloOutcome tls10 = support.outcomes().get(TlsVersion.TLS_1_0);
      assertThat(tls10.summary()).startsWith("handshake accepted: TLSv1.0");
    }
  }

  @Test
  void nonTlsListenerIsReportedAsNotTls() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getByName("127.0.0.1"))) {
      Thread.ofVirtual().start(() -> answerOnce(server, "SSH-2.0-OpenSSH_9.2\r\n"));
      HelloOutcome outcome = prober(server.getLocalPort()).probeVersion(TlsVersion.TLS_1_2);
      assertThat(outcome).isInstanceOf(HelloOutcome.NotTls.class);
      assertThat(outcome.summary()).startsWith("TLS not spoken");
    }
  }

  @Test
  void silentListenerGivesNoAnswerAndClosedPortIsUnreachable() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getByName("127.0.0.1"))) {
      TlsProber quick = new TlsProber(new TlsProber.Endpoint("127.0.0.1", server.getLocalPort(), Optional.empty(),
          Duration.ofSeconds(2), Duration.ofMillis(300)), SocketFactory.getDefault(), REGISTRY);
      assertThat(quick.probeVersion(TlsVersion.TLS_1_2)).isInstanceOf(HelloOutcome.NoAnswer.class);
    }
    int closed = LocalDaemon.freePort();
    assertThat(prober(closed).probeVersion(TlsVersion.TLS_1_2)).isInstanceOf(HelloOutcome.Unreachable.class);
  }

  private static void answerOnce(ServerSocket server, String text) {
    try (Socket s = server.accept(); OutputStream out = s.getOutputStream()) {
      out.write(text.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      s.getInputStream().read(new byte[512]);
    } catch (IOException ignored) {
      // the test asserts on what the prober saw
    }
  }
}
