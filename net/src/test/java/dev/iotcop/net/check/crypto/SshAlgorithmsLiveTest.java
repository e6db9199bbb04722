package dev.iotcop.net.check.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.iotcop.engine.Confidence;
import dev.iotcop.engine.Finding;
import dev.iotcop.engine.Subject;
import dev.iotcop.engine.Target;
import dev.iotcop.engine.Transport;
import dev.iotcop.engine.check.Politeness;
import dev.iotcop.engine.check.TestContexts;
import dev.iotcop.engine.evidence.SshAlgorithms;
import dev.iotcop.engine.fact.Facts;
import dev.iotcop.engine.fact.ServiceFact;
import dev.iotcop.net.proto.LocalDaemon;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The SSH check against OpenSSH's sshd on 127.0.0.1, once with legacy algorithms added and once trimmed to modern ones. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SshAlgorithmsLiveTest {
  private static final String SSHD = "/usr/sbin/sshd";
  private static final String KEYGEN = "/usr/bin/ssh-keygen";
  private static final Target TARGET = new Target.NetworkDevice("127.0.0.1", InetAddress.getLoopbackAddress(),
      Optional.empty());

  @TempDir
  static Path dir;

  @BeforeAll
  static void hostKeys() throws Exception {
    assumeTrue(LocalDaemon.executable(SSHD) && LocalDaemon.executable(KEYGEN), "OpenSSH server is not installed");
    assumeTrue("root".equals(System.getProperty("user.name")), "sshd needs root for privilege separation");
    Files.createDirectories(Path.of("/run/sshd"));
    for (String type : List.of("ed25519", "rsa", "ecdsa")) {
      Process p = new ProcessBuilder(KEYGEN, "-q", "-t", type, "-N", "", "-f", dir.resolve("host_" + type).toString())
          .redirectErrorStream(true).redirectOutput(dir.resolve("keygen.log").toFile()).start();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).isZero();
    }
  }

  private static LocalDaemon sshd(String name, String... options) throws Exception {
    int port = LocalDaemon.freePort();
    StringBuilder config = new StringBuilder()
        .append("ListenAddress 127.0.0.1\nPort ").append(port).append('\n')
        .append("PidFile ").append(dir.resolve(name + ".pid")).append('\n')
        .append("UsePAM no\nStrictModes no\nKbdInteractiveAuthentication no\nLogLevel VERBOSE\n");
    for (String o : options) {
      config.append(o).append('\n');
    }
    Path file = dir.resolve(name + ".conf");
    Files.writeString(file, config);
    return LocalDaemon.start(List.of(SSHD, "-D", "-e", "-f", file.toString()), port, dir);
  }

  private static List<Finding> run(int port) throws InterruptedException {
    Subject.Service ssh = new Subject.Service("127.0.0.1", port, Transport.TCP, "ssh");
    Facts facts = Facts.of(List.of(new ServiceFact(ssh, false, "OpenSSH", "", "", Map.of())));
    SshAlgorithmsCheck check = new SshAlgorithmsCheck();
    assertThat(check.subjects(TARGET, facts)).hasSize(1);
    return check.run(TestContexts.context(TARGET, facts, Politeness.standard()
        .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5))), ssh).findings();
  }

  private static List<String> keys(List<Finding> findings) {
    return findings.stream().map(f -> f.messageKey().substring("check.net.ssh.algorithms.".length())).toList();
  }

  private static String args(List<Finding> findings, String key) {
    return findings.stream().filter(f -> f.messageKey().endsWith("." + key)).findFirst().orElseThrow()
        .messageArgs().getFirst();
  }

  @Test
  void legacyAlgorithmsFailAtTheirLevelsAndPasswordLoginIsReported() throws Exception {
    try (LocalDaemon d = sshd("legacy", "HostKey " + dir.resolve("host_rsa"), "HostKey " + dir.resolve("host_ed25519"),
        "HostKeyAlgorithms +ssh-rsa", "PasswordAuthentication yes",
        "KexAlgorithms +diffie-hellman-group1-sha1,diffie-hellman-group14-sha1",
        "Ciphers +3des-cbc,aes128-cbc", "MACs +hmac-md5")) {
      List<Finding> findings = run(d.port());
      assertThat(keys(findings)).containsExactly("fail.broken", "fail.obsolete", "fail.discouraged", "info.noted",
          "info.auth-methods", "info.password");
      assertThat(args(findings, "fail.broken")).isEqualTo("diffie-hellman-group1-sha1");
      assertThat(args(findings, "fail.obsolete")).contains("3des-cbc", "hmac-md5");
      assertThat(args(findings, "fail.discouraged")).contains("diffie-hellman-group14-sha1", "ssh-rsa", "aes128-cbc");
      assertThat(findings.get(2).confidence()).isEqualTo(Confidence.LOW);
      SshAlgorithms evidence = (SshAlgorithms) findings.getFirst().evidence().getFirst();
      assertThat(evidence.banner()).startsWith("SSH-2.0-OpenSSH_");
      assertThat(evidence.hostKeys()).contains("ssh-ed25519", "rsa-sha2-512", "ssh-rsa");
      assertThat(evidence.authMethods()).contains("publickey", "password");
      assertThat(findings.getLast().provisions()).containsExactly("5.1-5");
      assertThat(d.logText()).doesNotContain("Failed password").doesNotContain("Accepted");
    }
  }

  @Test
  void modernKeyOnlyServerPasses() throws Exception {
    // the ECDSA key is there for the authentication probe: Apache MINA has no Ed25519 without an extra provider
    try (LocalDaemon d = sshd("modern", "HostKey " + dir.resolve("host_ed25519"), "HostKey " + dir.resolve("host_ecdsa"),
        "PasswordAuthentication no",
        "KexAlgorithms sntrup761x25519-sha512@openssh.com,curve25519-sha256",
        "Ciphers chacha20-poly1305@openssh.com,aes256-gcm@openssh.com",
        "MACs hmac-sha2-512-etm@openssh.com,hmac-sha2-256-etm@openssh.com")) {
      List<Finding> findings = run(d.port());
      assertThat(keys(findings)).containsExactly("pass", "info.auth-methods");
      assertThat(findings.getFirst().isConfidentFailure()).isFalse();
      assertThat(findings.get(1).messageArgs()).containsExactly("publickey");
    }
  }

  @Test
  void aClosedPortIsInconclusive() throws Exception {
    assertThat(keys(run(LocalDaemon.freePort()))).containsExactly("inconclusive.no-answer");
  }
}
