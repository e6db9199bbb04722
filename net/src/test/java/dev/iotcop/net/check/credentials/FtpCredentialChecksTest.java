package dev.iotcop.net.check.credentials;

import static dev.iotcop.net.check.credentials.LoopbackChecks.context;
import static dev.iotcop.net.check.credentials.LoopbackChecks.fact;
import static dev.iotcop.net.check.credentials.LoopbackChecks.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.iotcop.engine.Finding;
import dev.iotcop.engine.Outcome;
import dev.iotcop.engine.Subject;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.engine.check.CheckResult;
import dev.iotcop.engine.evidence.Transcript;
import dev.iotcop.net.proto.TestDaemon;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The FTP checks against vsftpd on a loopback port. vsftpd logs local users in through PAM and the host's account
 * files, which a test must not touch, so it runs in a private mount namespace where copies of /etc/passwd and
 * /etc/shadow with one extra account are mounted over the originals; the host's files stay as they are.
 */
class FtpCredentialChecksTest {
  @TempDir
  Path directory;

  private record Vsftpd(TestDaemon daemon, Subject.Service service) implements AutoCloseable {
    @Override
    public void close() {
      daemon.close();
    }
  }

  private Vsftpd vsftpd(String password, List<String> extraConfig) throws Exception {
    Path vsftpd = TestDaemon.requireProgram("/usr/sbin/vsftpd");
    Path unshare = TestDaemon.requireProgram("/usr/bin/unshare");
    Path openssl = TestDaemon.requireProgram("/usr/bin/openssl");
    assumeTrue("root".equals(System.getProperty("user.name")), "mount namespaces need root");
    Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path home = Files.createDirectories(directory.resolve("home"));
    Path empty = Files.createDirectories(directory.resolve("empty"));
    Process hash = new ProcessBuilder(openssl.toString(), "passwd", "-6", "-stdin").redirectErrorStream(true).start();
    hash.getOutputStream().write((password + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    hash.getOutputStream().close();
    String crypt = new String(hash.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).strip();
    assertThat(hash.waitFor()).isZero();
    Files.writeString(directory.resolve("passwd"), Files.readString(Path.of("/etc/passwd"))
        + "admin:x:4242:65534:device admin:" + home + ":/bin/sh\n");
    Files.writeString(directory.resolve("shadow"), Files.readString(Path.of("/etc/shadow"))
        + "admin:" + crypt + ":19000:0:99999:7:::\n");
    int port = TestDaemon.freeTcpPort();
    Files.writeString(directory.resolve("vsftpd.conf"), String.join("\n", List.of("listen=YES", "listen_ipv6=NO",
        "listen_address=127.0.0.1", "listen_port=" + port, "background=NO", "seccomp_sandbox=NO", "xferlog_enable=NO",
        "anonymous_enable=NO", "local_enable=YES", "secure_chroot_dir=" + empty, "ftpd_banner=camera FTP service"))
        + "\n" + String.join("\n", extraConfig) + "\n");
    String script = "mount --bind %1$s/passwd /etc/passwd && mount --bind %1$s/shadow /etc/shadow && exec %2$s %1$s/vsftpd.conf"
        .formatted(directory, vsftpd);
    TestDaemon daemon = TestDaemon.start(directory, "vsftpd", Map.of(),
        List.of(unshare.toString(), "--mount", "--propagation", "private", "sh", "-c", script));
    daemon.awaitTcp(port, Duration.ofSeconds(10));
    assertThat(Files.readString(Path.of("/etc/passwd"))).as("the host's accounts are untouched").doesNotContain("device admin");
    return new Vsftpd(daemon, LoopbackChecks.tcp(port, "ftp"));
  }

  @Test
  @Timeout(60)
  void findsTheFactoryAdminPassword() throws Exception {
    try (Vsftpd ftp = vsftpd("admin", List.of("delay_failed_login=0"))) {
      CheckResult r = new FtpDefaultCredentialsCheck().run(context(LoopbackChecks.politeness(), fact(ftp.service())),
          ftp.service());
      Finding f = only(r);
      assertThat(f.outcome()).as(f + "\n" + ftp.daemon().log()).isEqualTo(Outcome.FAIL);
      assertThat(f.messageKey()).isEqualTo("check.net.ftp.default-credentials.found");
      assertThat(f.messageArgs().getFirst()).isEqualTo("admin");
      Transcript t = f.evidence().stream().filter(Transcript.class::isInstance).map(Transcript.class::cast).findFirst()
          .orElseThrow();
      assertThat(t.lines()).anyMatch(l -> l.secret() && l.text().equals("PASS admin"));
      assertThat(t.lines()).anyMatch(l -> l.text().startsWith("230"));
      assertThat(LoopbackChecks.rendered(f)).doesNotContain("PASS admin");
      assertThat(r.facts()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("refusals", "loginAccepted").containsExactly(new AuthenticationFact(ftp.service(), "ftp", ""));
    }
  }

  @Test
  @Timeout(120)
  void refusingEveryDefaultPassesAndTheFailureDelayIsSeen() throws Exception {
    try (Vsftpd ftp = vsftpd("Qv7-unlisted-Zp2", List.of())) {
      CheckContext ctx = context(LoopbackChecks.politeness(), fact(ftp.service()));
      CheckResult r = new FtpDefaultCredentialsCheck().run(ctx, ftp.service());
      Finding f = only(r);
      assertThat(f.outcome()).as(f + "\n" + ftp.daemon().log()).isEqualTo(Outcome.PASS);
      assertThat(f.messageArgs()).containsExactly(Integer.toString(DefaultCredentialTrial.GENERIC_LIMIT));
      assertThat(LoopbackChecks.rendered(f)).doesNotContain("anonymous");

      Finding bf = only(new BruteForceResistanceCheck().run(
          context(LoopbackChecks.politeness(), fact(ftp.service()), r.facts().getFirst()), ftp.service()));
      assertThat(bf.outcome()).as(bf.toString()).isEqualTo(Outcome.PASS);
      assertThat(bf.messageKey()).isEqualTo("check.net.login.brute-force-resistance.delay");
    }
  }
}
