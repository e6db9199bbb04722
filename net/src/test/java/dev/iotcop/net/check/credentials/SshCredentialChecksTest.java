package dev.iotcop.net.check.credentials;

import static dev.iotcop.net.check.credentials.LoopbackChecks.context;
import static dev.iotcop.net.check.credentials.LoopbackChecks.fact;
import static dev.iotcop.net.check.credentials.LoopbackChecks.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iotcop.engine.Confidence;
import dev.iotcop.engine.Finding;
import dev.iotcop.engine.Outcome;
import dev.iotcop.engine.Subject;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.engine.check.CheckResult;
import dev.iotcop.engine.check.Politeness;
import dev.iotcop.net.proto.TestDaemon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.UserAuthFactory;
import org.apache.sshd.server.auth.keyboard.UserAuthKeyboardInteractiveFactory;
import org.apache.sshd.server.auth.password.PasswordAuthenticator;
import org.apache.sshd.server.auth.password.UserAuthPasswordFactory;
import org.apache.sshd.server.auth.pubkey.AcceptAllPublickeyAuthenticator;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SSH checks against Apache MINA SSHD servers in this JVM (for logins that succeed: the host's accounts are not
 * ours to create) and against OpenSSH's sshd on a loopback port with a temporary configuration that lets nobody in
 * (for refusals, and for the delay PAM adds to each failure).
 */
class SshCredentialChecksTest {
  @TempDir
  Path directory;

  /** An in-JVM server with the given methods; counts password checks and the most sessions open at once. */
  private record MinaServer(SshServer server, Subject.Service service, List<String> passwordsSeen) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      server.stop(true);
    }
  }

  private MinaServer mina(List<UserAuthFactory> methods, PasswordAuthenticator passwords) throws IOException {
    SshServer server = SshServer.setUpDefaultServer();
    server.setHost("127.0.0.1");
    server.setPort(TestDaemon.freeTcpPort());
    server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(directory.resolve("hostkey.ser")));
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    server.setPasswordAuthenticator((user, password, session) -> {
      seen.add(user + ":" + password);
      return passwords.authenticate(user, password, session);
    });
    server.setPublickeyAuthenticator(AcceptAllPublickeyAuthenticator.INSTANCE);
    server.setUserAuthFactories(methods);
    server.start();
    return new MinaServer(server, LoopbackChecks.tcp(server.getPort(), "ssh"), seen);
  }

  private static CheckResult defaults(Subject.Service service) throws InterruptedException {
    return defaults(service, LoopbackChecks.politeness());
  }

  private static CheckResult defaults(Subject.Service service, Politeness politeness) throws InterruptedException {
    return new SshDefaultCredentialsCheck().run(context(politeness, fact(service)), service);
  }

  @Test
  @Timeout(60)
  void findsADefaultPasswordOnePasswordPerConnectionAndNoKeys() throws Exception {
    AtomicInteger sessions = new AtomicInteger();
    try (MinaServer s = mina(List.of(UserAuthPasswordFactory.INSTANCE, UserAuthPublicKeyFactory.INSTANCE),
        (user, password, session) -> user.equals("admin") && password.equals("admin"))) {
      s.server().addSessionListener(new org.apache.sshd.common.session.SessionListener() {
        @Override
        public void sessionCreated(org.apache.sshd.common.session.Session session) {
          sessions.incrementAndGet();
        }
      });
      CheckResult r = defaults(s.service(), LoopbackChecks.oneSession());
      Finding f = only(r);
      assertThat(f.outcome()).as(f.toString()).isEqualTo(Outcome.FAIL);
      assertThat(f.messageKey()).isEqualTo("check.net.ssh.default-credentials.found");
      assertThat(f.messageArgs().getFirst()).isEqualTo("admin");
      assertThat(LoopbackChecks.credential(f).orElseThrow().password().reveal()).isEqualTo("admin");
      assertThat(LoopbackChecks.rendered(f)).doesNotContain(":admin");
      assertThat(r.facts()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("refusals", "loginAccepted").containsExactly(new AuthenticationFact(s.service(), "ssh-password", ""));
      assertThat(s.passwordsSeen()).hasSize(2);
      assertThat(s.passwordsSeen().getFirst()).startsWith(RandomCredentials.USER_PREFIX);
      assertThat(s.passwordsSeen().get(1)).isEqualTo("admin:admin");
      assertThat(sessions.get()).as("a methods probe, the control and one default, each on its own connection").isEqualTo(3);
    }
  }

  @Test
  @Timeout(60)
  void answersKeyboardInteractivePromptsWhenThatIsThePasswordMethod() throws Exception {
    try (MinaServer s = mina(List.of(UserAuthKeyboardInteractiveFactory.INSTANCE),
        (user, password, session) -> user.equals("root") && password.equals("root"))) {
      Finding f = only(defaults(s.service(), LoopbackChecks.oneSession()));
      assertThat(f.outcome()).as(f.toString()).isEqualTo(Outcome.FAIL);
      assertThat(f.messageArgs().getFirst()).isEqualTo("root");
      assertThat(s.passwordsSeen()).last().isEqualTo("root:root");
    }
  }

  @Test
  @Timeout(60)
  void guessesOnTwoConnectionsAtOnceWhenTheServiceCapIsTwo() throws Exception {
    AtomicInteger checking = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    try (MinaServer s = mina(List.of(UserAuthPasswordFactory.INSTANCE), (user, password, session) -> {
      most.accumulateAndGet(checking.incrementAndGet(), Math::max);
      try {
        Thread.sleep(300);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      checking.decrementAndGet();
      return false;
    })) {
      Finding f = only(defaults(s.service()));
      assertThat(f.outcome()).as(f.toString()).isEqualTo(Outcome.PASS);
      assertThat(s.passwordsSeen()).as("the control and every pair, each once").hasSize(1 + DefaultCredentialTrial.GENERIC_LIMIT)
          .doesNotHaveDuplicates();
      assertThat(most.get()).as("passwords being checked at once").isEqualTo(2);
    }
  }

  @Test
  @Timeout(60)
  void keyOnlyServersTakeNoPasswordAtAll() throws Exception {
    try (MinaServer s = mina(List.of(UserAuthPublicKeyFactory.INSTANCE), (user, password, session) -> true)) {
      Finding f = only(defaults(s.service()));
      assertThat(f.outcome()).isEqualTo(Outcome.PASS);
      assertThat(f.messageKey()).isEqualTo("check.net.ssh.default-credentials.no-password-auth");
      assertThat(f.messageArgs()).containsExactly("publickey");
      assertThat(s.passwordsSeen()).isEmpty();
    }
  }

  @Test
  @Timeout(60)
  void aServerTakingAnyPasswordIsReportedAsSuch() throws Exception {
    try (MinaServer s = mina(List.of(UserAuthPasswordFactory.INSTANCE), (user, password, session) -> true)) {
      Finding f = only(defaults(s.service()));
      assertThat(f.messageKey()).isEqualTo("check.net.ssh.default-credentials.any-password");
      assertThat(s.passwordsSeen()).hasSize(1);
    }
  }

  private record Sshd(TestDaemon daemon, Subject.Service service) implements AutoCloseable {
    @Override
    public void close() {
      daemon.close();
    }
  }

  /** OpenSSH that allows only an account that does not exist, so every password is refused whatever the account. */
  private Sshd openSsh(boolean pam) throws Exception {
    Path sshd = TestDaemon.requireProgram("/usr/sbin/sshd");
    Path keygen = TestDaemon.requireProgram("/usr/bin/ssh-keygen");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/run/sshd")), "sshd privilege separation dir");
    Path key = directory.resolve("ssh_host_ed25519_key");
    Process made = new ProcessBuilder(keygen.toString(), "-q", "-t", "ed25519", "-N", "", "-f", key.toString())
        .redirectErrorStream(true).redirectOutput(directory.resolve("keygen.log").toFile()).start();
    assertThat(made.waitFor()).isZero();
    int port = TestDaemon.freeTcpPort();
    Path config = directory.resolve("sshd_config");
    Files.writeString(config, """
        Port %d
        ListenAddress 127.0.0.1
        HostKey %s
        PidFile %s
        UsePAM %s
        PasswordAuthentication yes
        KbdInteractiveAuthentication no
        PubkeyAuthentication yes
        PermitRootLogin no
        AllowUsers iotcop-test-nobody
        StrictModes no
        MaxAuthTries 3
        LogLevel VERBOSE
        """.formatted(port, key, directory.resolve("sshd.pid"), pam ? "yes" : "no"));
    TestDaemon daemon = TestDaemon.start(directory, "sshd", Map.of(), List.of(sshd.toString(), "-D", "-e", "-f",
        config.toString()));
    daemon.awaitTcp(port, Duration.ofSeconds(10));
    return new Sshd(daemon, LoopbackChecks.tcp(port, "ssh"));
  }

  @Test
  @Timeout(90)
  void openSshRefusingEveryDefaultIsAPassAndQuickRefusalsAreUnthrottled() throws Exception {
    try (Sshd s = openSsh(false)) {
      CheckContext ctx = context(LoopbackChecks.politeness(), fact(s.service()));
      CheckResult r = new SshDefaultCredentialsCheck().run(ctx, s.service());
      Finding f = only(r);
      assertThat(f.outcome()).as(f + "\n" + s.daemon().log()).isEqualTo(Outcome.PASS);
      assertThat(f.messageKey()).isEqualTo("check.net.ssh.default-credentials.rejected");
      assertThat(f.messageArgs()).containsExactly(Integer.toString(DefaultCredentialTrial.GENERIC_LIMIT));
      assertThat(s.daemon().log()).contains("Failed password for invalid user iotcop-").contains("admin");

      AuthenticationFact measured = (AuthenticationFact) r.facts().getFirst();
      assertThat(measured.refusals()).as("the control and every default pair tried").hasSize(1 + DefaultCredentialTrial.GENERIC_LIMIT);
      CheckContext next = context(LoopbackChecks.politeness(), fact(s.service()), measured);
      Finding bf = only(new BruteForceResistanceCheck().run(next, s.service()));
      assertThat(bf.outcome()).as(bf.toString()).isEqualTo(Outcome.FAIL);
      assertThat(bf.confidence()).isEqualTo(Confidence.LOW);
      assertThat(bf.messageKey()).isEqualTo("check.net.login.brute-force-resistance.unthrottled");
      assertThat(bf.messageArgs().getFirst()).as("judged on the credential check's refusals")
          .isEqualTo(Integer.toString(1 + DefaultCredentialTrial.GENERIC_LIMIT));
      assertThat(bf.evidence().toString()).contains("no further login sent");
    }
  }

  @Test
  void aDelayTheCredentialTrialsAlreadyMeasuredIsJudgedWithoutAnotherLogin() throws Exception {
    // Nothing listens on this port: any login the check sent would end as unreachable, never as a pass.
    Subject.Service nobody = LoopbackChecks.tcp(TestDaemon.freeTcpPort(), "ssh");
    AuthenticationFact slow = new AuthenticationFact(nobody, SshPasswordMechanism.PASSWORD, "",
        List.of(Duration.ofMillis(2300), Duration.ofMillis(2050), Duration.ofMillis(2900)));
    Finding bf = only(new BruteForceResistanceCheck().run(context(LoopbackChecks.politeness(), fact(nobody), slow), nobody));
    assertThat(bf.outcome()).as(bf.toString()).isEqualTo(Outcome.PASS);
    assertThat(bf.messageKey()).isEqualTo("check.net.login.brute-force-resistance.delay");
    assertThat(bf.messageArgs()).containsExactly("2050", "3");
    assertThat(bf.evidence().toString()).contains("no further login sent");
  }

  @Test
  @Timeout(60)
  void quickRefusalsWithNothingAcceptedBeginTheRunAndOnlyTheRestIsSent() throws Exception {
    try (MinaServer s = mina(List.of(UserAuthPasswordFactory.INSTANCE), (user, password, session) -> false)) {
      AuthenticationFact quick = new AuthenticationFact(s.service(), SshPasswordMechanism.PASSWORD, "",
          List.of(Duration.ofMillis(40), Duration.ofMillis(35), Duration.ofMillis(50)));
      Finding bf = only(new BruteForceResistanceCheck().run(context(LoopbackChecks.politeness(), fact(s.service()), quick),
          s.service()));
      assertThat(bf.outcome()).as(bf.toString()).isEqualTo(Outcome.FAIL);
      assertThat(bf.messageKey()).isEqualTo("check.net.login.brute-force-resistance.unthrottled");
      assertThat(bf.messageArgs().getFirst()).isEqualTo(Integer.toString(BruteForceResistanceCheck.MAX_ATTEMPTS));
      assertThat(s.passwordsSeen()).as("only the wrong logins the run still lacked")
          .hasSize(BruteForceResistanceCheck.MAX_ATTEMPTS - 3)
          .allMatch(p -> p.startsWith(RandomCredentials.USER_PREFIX));
      assertThat(bf.evidence().toString()).contains("first 3: the default-credentials check's");
    }
  }

  @Test
  @Timeout(60)
  void refusalsBeforeAWorkingPairDoNotBeginTheRun() throws Exception {
    try (MinaServer s = mina(List.of(UserAuthPasswordFactory.INSTANCE), (user, password, session) -> false)) {
      AuthenticationFact beforeSuccess = new AuthenticationFact(s.service(), SshPasswordMechanism.PASSWORD, "",
          List.of(Duration.ofMillis(40), Duration.ofMillis(35), Duration.ofMillis(50)), true);
      Finding bf = only(new BruteForceResistanceCheck().run(
          context(LoopbackChecks.politeness(), fact(s.service()), beforeSuccess), s.service()));
      assertThat(bf.messageKey()).as(bf.toString()).isEqualTo("check.net.login.brute-force-resistance.unthrottled");
      assertThat(s.passwordsSeen()).hasSize(BruteForceResistanceCheck.MAX_ATTEMPTS);
    }
  }

  @Test
  @Timeout(90)
  void theDelayPamAddsToEachFailureCountsAsProtection() throws Exception {
    try (Sshd s = openSsh(true)) {
      // pam_unix delays each failure by about 2 s with random jitter; on a loaded build machine the answer
      // can take longer than the 4 s loopback read timeout, which would (correctly) make the check undecided.
      Politeness patient = LoopbackChecks.politeness().withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10));
      CheckContext ctx = context(patient, fact(s.service()),
          new AuthenticationFact(s.service(), SshPasswordMechanism.PASSWORD, ""));
      Finding bf = only(new BruteForceResistanceCheck().run(ctx, s.service()));
      assertThat(bf.outcome()).as(bf + "\n" + s.daemon().log()).isEqualTo(Outcome.PASS);
      assertThat(bf.messageKey()).isEqualTo("check.net.login.brute-force-resistance.delay");
    }
  }
}
