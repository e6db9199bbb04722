package dev.iotcop.net.proto.ftp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iotcop.engine.evidence.Transcript;
import dev.iotcop.net.proto.TestDaemon;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Against vsftpd on a loopback port with a temporary configuration. */
class FtpProbeTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(3);

  @TempDir
  Path directory;

  private int port;

  private TestDaemon vsftpd(String name, List<String> extraConfig) throws IOException {
    Path vsftpd = TestDaemon.requireProgram("/usr/sbin/vsftpd");
    Path root = Files.createDirectories(directory.resolve(name + "-root"));
    Path empty = Files.createDirectories(directory.resolve(name + "-empty"));
    Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
    port = TestDaemon.freeTcpPort();
    String config = String.join("\n", List.of(
        "listen=YES", "listen_ipv6=NO", "listen_address=127.0.0.1", "listen_port=" + port, "background=NO",
        "seccomp_sandbox=NO", "xferlog_enable=NO", "anon_root=" + root, "secure_chroot_dir=" + empty,
        "ftpd_banner=iotcop test FTP service")) + "\n" + String.join("\n", extraConfig) + "\n";
    Path file = directory.resolve(name + ".conf");
    Files.writeString(file, config);
    TestDaemon daemon = TestDaemon.start(directory, name, Map.of(), List.of(vsftpd.toString(), file.toString()));
    daemon.awaitTcp(port, Duration.ofSeconds(10));
    return daemon;
  }

  private InetSocketAddress address() {
    return new InetSocketAddress(TestDaemon.LOOPBACK, port);
  }

  /** The readiness check's own connection may hold the only slot for a moment after it closed. */
  private FtpProbe firstFreeSession() throws Exception {
    for (int attempt = 0; attempt < 50; attempt++) {
      FtpProbe probe = FtpProbe.connect(address(), TIMEOUT);
      if (probe.banner().code() != 421) {
        return probe;
      }
      probe.close();
      Thread.sleep(100);
    }
    throw new IllegalStateException("vsftpd kept refusing connections");
  }

  @Test
  @Timeout(30)
  void anonymousServerAcceptsAnonymousRefusesOthersAndLimitsConnections() throws Exception {
    try (TestDaemon _ = vsftpd("anon", List.of("anonymous_enable=YES", "local_enable=NO", "max_clients=1"))) {
      try (FtpProbe probe = firstFreeSession()) {
        assertThat(probe.banner().code()).isEqualTo(220);
        assertThat(probe.banner().text()).contains("iotcop test FTP service");
        FtpFeatures features = probe.features();
        assertThat(features.featSupported()).isTrue();
        assertThat(features.authTls()).isFalse();

        FtpLoginResult other = probe.login("admin", "admin");
        assertThat(other.outcome()).isEqualTo(FtpLoginOutcome.REJECTED);
        assertThat(other.reply().code()).isEqualTo(530);

        try (FtpProbe second = FtpProbe.connect(address(), TIMEOUT)) {
          assertThat(second.banner().code()).isEqualTo(421);
          assertThat(second.isOpen()).isFalse();
          assertThat(second.anonymousLogin().outcome()).isEqualTo(FtpLoginOutcome.CLOSED);
        }

        FtpLoginResult anonymous = probe.anonymousLogin();
        assertThat(anonymous.outcome()).isEqualTo(FtpLoginOutcome.ACCEPTED);
        assertThat(anonymous.reply().code()).isEqualTo(230);

        Transcript transcript = probe.transcript();
        assertThat(transcript.lines()).filteredOn(l -> l.direction() == Transcript.Direction.SENT)
            .extracting(Transcript.Line::text, Transcript.Line::secret)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple("FEAT", false),
                org.assertj.core.groups.Tuple.tuple("USER admin", false),
                org.assertj.core.groups.Tuple.tuple("USER anonymous", false),
                org.assertj.core.groups.Tuple.tuple("PASS anonymous@", true));
      }
    }
  }

  @Test
  @Timeout(30)
  void quitSeesTheServerCloseItsEndAlsoWhenItHadTurnedTheSessionAway() throws Exception {
    try (TestDaemon _ = vsftpd("quit", List.of("anonymous_enable=YES", "local_enable=NO", "max_clients=1"))) {
      FtpProbe probe = firstFreeSession();
      assertThat(probe.anonymousLogin().outcome()).isEqualTo(FtpLoginOutcome.ACCEPTED);
      FtpProbe refused = FtpProbe.connect(address(), TIMEOUT);
      assertThat(refused.banner().code()).isEqualTo(421);
      assertThat(refused.quit(Duration.ofSeconds(2))).as("the server hung up after its 421").isTrue();
      assertThat(probe.quit(Duration.ofSeconds(2))).as("vsftpd closes after answering QUIT").isTrue();
      assertThat(probe.isOpen()).isFalse();
      assertThat(probe.transcript().lines()).extracting(Transcript.Line::text)
          .as("QUIT is part of ending the session, not of the evidence").doesNotContain("QUIT");
      try (FtpProbe again = firstFreeSession()) {
        assertThat(again.quit(Duration.ZERO)).as("not waiting is not seeing").isFalse();
      }
    }
  }

  @Test
  @Timeout(30)
  void tlsCapableServerAdvertisesAuthTlsAndRejectsAWrongPassword() throws Exception {
    Path openssl = TestDaemon.requireProgram("/usr/bin/openssl");
    Path key = directory.resolve("key.pem");
    Path cert = directory.resolve("cert.pem");
    Process made = new ProcessBuilder(openssl.toString(), "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout",
        key.toString(), "-out", cert.toString(), "-days", "1", "-subj", "/CN=localhost")
        .redirectErrorStream(true).redirectOutput(directory.resolve("openssl.log").toFile()).start();
    assertThat(made.waitFor()).isZero();
    try (TestDaemon _ = vsftpd("tls", List.of("anonymous_enable=NO", "local_enable=YES", "ssl_enable=YES",
        "rsa_cert_file=" + cert, "rsa_private_key_file=" + key, "allow_anon_ssl=NO", "force_local_logins_ssl=NO",
        "force_local_data_ssl=NO", "delay_failed_login=0"))) {
      // PAM on Debian delays a failed password by about two seconds
      try (FtpProbe probe = FtpProbe.connect(address(), Duration.ofSeconds(8))) {
        FtpFeatures features = probe.features();
        assertThat(features.authTls()).as(features.features().toString()).isTrue();
        FtpLoginResult result = probe.login("nobody", "not-the-password");
        assertThat(result.outcome()).isEqualTo(FtpLoginOutcome.REJECTED);
        assertThat(result.reply().code()).isEqualTo(530);
        assertThat(probe.transcript().lines()).anySatisfy(l -> {
          assertThat(l.secret()).isTrue();
          assertThat(l.render(false)).doesNotContain("not-the-password");
        });
      }
    }
  }
}
