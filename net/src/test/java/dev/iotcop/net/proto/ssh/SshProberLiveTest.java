package dev.iotcop.net.proto.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.iotcop.net.proto.LocalDaemon;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.SocketFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The SSH probes against a real OpenSSH sshd on 127.0.0.1 with a throw-away host key. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SshProberLiveTest {
  private static final String SSHD = "/usr/sbin/sshd";
  private static final String KEYGEN = "/usr/bin/ssh-keygen";

  @TempDir
  static Path dir;

  @BeforeAll
  static void hostKey() throws Exception {
    assumeTrue(LocalDaemon.executable(SSHD) && LocalDaemon.executable(KEYGEN), "OpenSSH server is not installed");
    assumeTrue("root".equals(System.getProperty("user.name")), "sshd needs root for privilege separation");
    Files.createDirectories(Path.of("/run/sshd"));
    Process p = new ProcessBuilder(KEYGEN, "-q", "-t", "ecdsa", "-N", "", "-f", dir.resolve("host_ecdsa").toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("keygen.log").toFile()).start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
  }

  private static LocalDaemon sshd(String name, String... options) throws Exception {
    int port = LocalDaemon.freePort();
    StringBuilder config = new StringBuilder()
        .append("ListenAddress 127.0.0.1\nPort ").append(port).append('\n')
        .append("HostKey ").append(dir.resolve("host_ecdsa")).append('\n')
        .append("PidFile ").append(dir.resolve(name + ".pid")).append('\n')
        .append("UsePAM no\nStrictModes no\nKbdInteractiveAuthentication no\nLogLevel VERBOSE\n");
    for (String o : options) {
      config.append(o).append('\n');
    }
    Path file = dir.resolve(name + ".conf");
    Files.writeString(file, config);
    return LocalDaemon.start(List.of(SSHD, "-D", "-e", "-f", file.toString()), port, dir);
  }

  @Test
  void proberReadsBannerAndKexInitIncludingWeakAdditions() throws Exception {
    try (LocalDaemon d = sshd("weak", "PasswordAuthentication yes",
        "KexAlgorithms +diffie-hellman-group14-sha1", "Ciphers +aes128-cbc", "MACs +hmac-md5")) {
      SshProbeOutcome outcome = new SshProber(new SshProber.Endpoint("127.0.0.1", d.port(), Duration.ofSeconds(3),
          Duration.ofSeconds(3)), SocketFactory.getDefault()).probe();
      assertThat(outcome).isInstanceOf(SshProbeOutcome.Offered.class);
      SshProbeOutcome.Offered offered = (SshProbeOutcome.Offered) outcome;
      assertThat(offered.identification().softwareVersion()).startsWith("OpenSSH_");
      assertThat(offered.kexInit().serverHostKeyAlgorithms()).contains("ecdsa-sha2-nistp256");
      assertThat(SshAlgorithmClassifier.load().weakIn(offered.kexInit())).extracting(WeakSshAlgorithm::name)
          .contains("diffie-hellman-group14-sha1", "aes128-cbc", "hmac-md5");
    }
  }

  @Test
  void noneRequestRevealsPasswordAuthenticationWithoutTryingOne() throws Exception {
    try (LocalDaemon d = sshd("password", "PasswordAuthentication yes")) {
      AuthMethodsOutcome outcome = SshAuthMethodsProbe.probe("127.0.0.1", d.port(), "iotcop", Duration.ofSeconds(10));
      assertThat(outcome).isInstanceOfSatisfying(AuthMethodsOutcome.MethodsOffered.class, m -> {
        assertThat(m.methods()).contains("publickey", "password");
        assertThat(m.passwordOffered()).isTrue();
      });
      assertThat(d.logText()).doesNotContain("Failed password").doesNotContain("Accepted password");
    }
  }

  @Test
  void openSshClosesItsEndAfterTheProbesHalfCloseAndTheLogSaysSo() throws Exception {
    try (LocalDaemon d = sshd("halfclose", "PasswordAuthentication yes")) {
      SshAuthMethodsProbe.Result r = SshAuthMethodsProbe.probe("127.0.0.1", d.port(), "iotcop", Duration.ofSeconds(10),
          Duration.ofSeconds(5));
      assertThat(r.outcome()).isInstanceOf(AuthMethodsOutcome.MethodsOffered.class);
      assertThat(r.serverClosed()).as("sshd ends the session when it reads our end of stream").isTrue();
      assertThat(SshAuthMethodsProbe.probe("127.0.0.1", d.port(), "iotcop", Duration.ofSeconds(10), Duration.ZERO)
          .serverClosed()).as("not waiting is not seeing").isFalse();
    }
  }

  @Test
  void keyOnlyServerDoesNotOfferPasswords() throws Exception {
    try (LocalDaemon d = sshd("keyonly", "PasswordAuthentication no")) {
      AuthMethodsOutcome outcome = SshAuthMethodsProbe.probe("127.0.0.1", d.port(), "iotcop", Duration.ofSeconds(10));
      assertThat(outcome).isInstanceOfSatisfying(AuthMethodsOutcome.MethodsOffered.class, m -> {
        assertThat(m.methods()).containsExactly("publickey");
        assertThat(m.passwordOffered()).isFalse();
      });
    }
  }

  @Test
  void closedPortIsAFailureNotAnAnswer() throws Exception {
    int port = LocalDaemon.freePort();
    assertThat(SshAuthMethodsProbe.probe("127.0.0.1", port, "iotcop", Duration.ofSeconds(3)))
        .isInstanceOf(AuthMethodsOutcome.Failed.class);
    assertThat(new SshProber(new SshProber.Endpoint("127.0.0.1", port, Duration.ofSeconds(2), Duration.ofSeconds(2)),
        SocketFactory.getDefault()).probe()).isInstanceOf(SshProbeOutcome.Unreachable.class);
  }
}
