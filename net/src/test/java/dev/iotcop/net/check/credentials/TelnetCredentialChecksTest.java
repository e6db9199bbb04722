package dev.iotcop.net.check.credentials;

import static dev.iotcop.net.check.credentials.LoopbackChecks.context;
import static dev.iotcop.net.check.credentials.LoopbackChecks.fact;
import static dev.iotcop.net.check.credentials.LoopbackChecks.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.iotcop.catalog.Catalog;
import dev.iotcop.engine.Confidence;
import dev.iotcop.engine.Finding;
import dev.iotcop.engine.Outcome;
import dev.iotcop.engine.Subject;
import dev.iotcop.engine.Target;
import dev.iotcop.engine.check.Check;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.engine.check.CheckResult;
import dev.iotcop.engine.check.Politeness;
import dev.iotcop.engine.check.ProgressSink;
import dev.iotcop.engine.evidence.CredentialEvidence;
import dev.iotcop.engine.evidence.Transcript;
import dev.iotcop.engine.run.AssessmentResult;
import dev.iotcop.engine.run.AssessmentRunner;
import dev.iotcop.engine.verdict.Declarations;
import dev.iotcop.engine.verdict.VerdictResolver;
import dev.iotcop.engine.verdict.VerdictValue;
import dev.iotcop.net.discovery.TcpDiscoveryCheck;
import dev.iotcop.net.identify.IdentifyCheck;
import dev.iotcop.net.proto.TestBytes;
import dev.iotcop.net.proto.TestDaemon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The telnet default-credentials and guessing-resistance checks against BusyBox telnetd on a loopback port, with a
 * login program of the test's own ({@code device-login.sh}) that plays a device per scenario. BusyBox telnetd is in
 * Debian's busybox-static package; point IOTCOP_BUSYBOX_STATIC at its binary, or let lab/setup-host.sh put it in the
 * lab's program cache (the tests are skipped when no BusyBox with telnetd is found).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TelnetCredentialChecksTest {
  private Path directory;
  private TestDaemon telnetd;
  private Subject.Service service;

  @BeforeAll
  void start(@TempDir Path temporary) throws IOException {
    directory = temporary;
    Optional<Path> busybox = TestDaemon.busyBoxWithTelnetd();
    if (busybox.isEmpty()) {
      return;
    }
    Path login = directory.resolve("device-login.sh");
    Files.write(login, TestBytes.resource(getClass(), "device-login.sh"));
    Files.setPosixFilePermissions(login, PosixFilePermissions.fromString("rwx------"));
    int port = TestDaemon.freeTcpPort();
    telnetd = TestDaemon.start(directory, "telnetd", Map.of(), List.of(busybox.get().toString(), "telnetd", "-F", "-p",
        Integer.toString(port), "-b", "127.0.0.1", "-l", login.toString(), "-f", "/dev/null"));
    telnetd.awaitTcp(port, Duration.ofSeconds(10));
    service = LoopbackChecks.tcp(port, "telnet");
  }

  @AfterAll
  void stop() {
    if (telnetd != null) {
      telnetd.close();
    }
  }

  private CheckContext device(String mode) throws IOException {
    return device(mode, LoopbackChecks.politeness());
  }

  private CheckContext device(String mode, Politeness politeness) throws IOException {
    assumeTrue(telnetd != null, "BusyBox with telnetd not found (set IOTCOP_BUSYBOX_STATIC)");
    Files.writeString(directory.resolve("mode"), mode + "\n");
    for (String counter : List.of("failures", "active", "peak")) {
      Files.writeString(directory.resolve(counter), "0\n");
    }
    return context(politeness, fact(service), new AuthenticationFact(service, "telnet", ""));
  }

  private int failures() throws IOException {
    return counter("failures");
  }

  private int counter(String name) throws IOException {
    return Integer.parseInt(Files.readString(directory.resolve(name)).strip());
  }

  private CheckResult defaults(CheckContext ctx) throws InterruptedException {
    return new TelnetDefaultCredentialsCheck().run(ctx, service);
  }

  @Test
  @Timeout(60)
  void findsTheMiraiRootPasswordAndKeepsItMasked() throws Exception {
    CheckContext ctx = device("mirai", LoopbackChecks.oneSession());
    CheckResult result = defaults(ctx);
    Finding f = only(result);
    assertThat(f.outcome()).as(f.toString()).isEqualTo(Outcome.FAIL);
    assertThat(f.confidence()).isEqualTo(Confidence.HIGH);
    assertThat(f.messageKey()).isEqualTo("check.net.telnet.default-credentials.found");
    assertThat(f.provisions()).containsExactly("5.1-1", "5.1-2");
    assertThat(f.messageArgs()).containsExactly("root", "1", "seclists-mirai, seclists-telnet");
    CredentialEvidence c = LoopbackChecks.credential(f).orElseThrow();
    assertThat(c.username()).isEqualTo("root");
    assertThat(c.password().reveal()).isEqualTo("xc3511");
    assertThat(c.accepted()).isTrue();
    assertThat(LoopbackChecks.rendered(f)).doesNotContain("xc3511").contains("x*****");
    Transcript t = f.evidence().stream().filter(Transcript.class::isInstance).map(Transcript.class::cast).findFirst()
        .orElseThrow();
    assertThat(t.lines()).anyMatch(l -> l.secret() && l.text().equals("xc3511"));
    assertThat(result.facts()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("refusals", "loginAccepted")
        .containsExactly(new AuthenticationFact(service, "telnet", ""));
    assertThat(((AuthenticationFact) result.facts().getFirst()).loginAccepted()).as("a pair got in").isTrue();
    assertThat(failures()).as("only the random control failed").isEqualTo(1);
  }

  @Test
  @Timeout(60)
  void passesWhenTheBoundedListIsRefusedAndChargesNoAccountTooOften() throws Exception {
    CheckContext ctx = device("custom");
    CheckResult r = defaults(ctx);
    Finding f = only(r);
    assertThat(f.outcome()).as(f.toString()).isEqualTo(Outcome.PASS);
    assertThat(f.messageKey()).isEqualTo("check.net.telnet.default-credentials.rejected");
    AuthenticationFact measured = (AuthenticationFact) r.facts().getFirst();
    assertThat(measured.loginAccepted()).isFalse();
    assertThat(measured.refusals()).hasSize(DefaultCredentialTrial.GENERIC_LIMIT + 1);
    assertThat(f.messageArgs()).containsExactly(Integer.toString(DefaultCredentialTrial.GENERIC_LIMIT));
    assertThat(failures()).isEqualTo(DefaultCredentialTrial.GENERIC_LIMIT + 1);
    for (String account : List.of("root", "admin", "support", "user")) {
      assertThat(ctx.logins().failuresLeft(service, account)).as(account).isGreaterThanOrEqualTo(0);
    }
    assertThat(ctx.logins().failuresLeft(service, "root")).as("root was tried exactly up to its cap").isZero();
    assertThat(LoopbackChecks.rendered(f)).contains("random user name and password rejected");
  }

  @ParameterizedTest(name = "{0} session(s) per service")
  @ValueSource(ints = {1, 2})
  @Timeout(60)
  void guessesOnAsManySessionsAsTheServiceCapAllowsAndNoMore(int perService) throws Exception {
    Politeness p = LoopbackChecks.politeness().withConnectionCaps(LoopbackChecks.politeness().maxConnectionsPerDevice(), perService);
    CheckContext ctx = device("slow", p);
    Finding f = only(defaults(ctx));
    assertThat(f.outcome()).as(f.toString()).isEqualTo(Outcome.PASS);
    assertThat(failures()).as("the control and every pair, each once").isEqualTo(DefaultCredentialTrial.GENERIC_LIMIT + 1);
    assertThat(counter("peak")).as("logins running at once on the device").isEqualTo(perService);
    assertThat(counter("active")).isZero();
  }

  @Test
  @Timeout(60)
  void aWorkingPairStopsTheOtherSessionFromStartingAnotherGuess() throws Exception {
    // Wrong passwords are answered slowly, so the working pair is found while the other session's guess is under way.
    CheckContext ctx = device("mirai-slow");
    Finding f = only(defaults(ctx));
    assertThat(f.outcome()).as(f.toString()).isEqualTo(Outcome.FAIL);
    assertThat(f.messageArgs().getFirst()).isEqualTo("root");
    assertThat(failures()).as("the control, and at most the one guess already under way on the other session")
        .isBetween(1, 2);
  }

  @Test
  @Timeout(60)
  void aLockoutSeenOnOneSessionEndsGuessingOnBoth() throws Exception {
    CheckContext ctx = device("lockout");
    Finding f = only(defaults(ctx));
    assertThat(f.outcome()).as(f.toString()).isEqualTo(Outcome.INCONCLUSIVE);
    assertThat(f.messageKey()).isEqualTo("check.net.telnet.default-credentials.lockout");
    assertThat(failures()).as("the lockout comes after 3 failures; at most one more guess was under way").isBetween(3, 4);
    assertThat(ctx.logins().lockout(service)).isPresent();
  }

  @Test
  @Timeout(60)
  void aServiceThatLetsAnyoneInIsNotADefaultPasswordFinding() throws Exception {
    Finding f = only(defaults(device("any")));
    assertThat(f.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(f.messageKey()).isEqualTo("check.net.telnet.default-credentials.any-password");
    assertThat(LoopbackChecks.credential(f).orElseThrow().username()).startsWith(RandomCredentials.USER_PREFIX);
  }

  @Test
  @Timeout(60)
  void aShellWithoutLoginIsReportedAsNoAuthentication() throws Exception {
    CheckResult r = defaults(device("open"));
    Finding f = only(r);
    assertThat(f.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(f.messageKey()).isEqualTo("check.net.telnet.default-credentials.no-authentication");
    assertThat(r.facts()).as("no working login to probe further").isEmpty();
  }

  @Test
  @Timeout(60)
  void aPasswordOnlyDeviceIsTriedByPasswordWithinOneAccountBudget() throws Exception {
    CheckContext ctx = device("password");
    Finding f = only(defaults(ctx));
    assertThat(f.outcome()).as(f.toString()).isEqualTo(Outcome.PASS);
    assertThat(failures()).as("control plus the failed-login cap of the one password").isEqualTo(1 + 3);
  }

  @Test
  @Timeout(60)
  void lockoutStopsTheListAndIsSharedWithOtherChecks() throws Exception {
    CheckContext ctx = device("lockout", LoopbackChecks.oneSession());
    Finding f = only(defaults(ctx));
    assertThat(f.outcome()).as(f.toString()).isEqualTo(Outcome.INCONCLUSIVE);
    assertThat(f.messageKey()).isEqualTo("check.net.telnet.default-credentials.lockout");
    assertThat(f.messageArgs().getFirst()).isEqualTo("3");
    assertThat(ctx.logins().lockout(service)).isPresent();
    Finding after = only(new BruteForceResistanceCheck().run(ctx, service));
    assertThat(after.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
    assertThat(after.messageKey()).isEqualTo("check.net.login.brute-force-resistance.budget");
  }

  @Test
  @Timeout(60)
  void quickRefusalsAreALowConfidenceFailure() throws Exception {
    CheckContext ctx = device("custom");
    Finding f = only(new BruteForceResistanceCheck().run(ctx, service));
    assertThat(f.outcome()).as(f.toString()).isEqualTo(Outcome.FAIL);
    assertThat(f.confidence()).isEqualTo(Confidence.LOW);
    assertThat(f.isConfidentFailure()).isFalse();
    assertThat(f.provisions()).containsExactly("5.1-5");
    assertThat(f.messageArgs().getFirst()).isEqualTo(Integer.toString(BruteForceResistanceCheck.MAX_ATTEMPTS));
    assertThat(failures()).isEqualTo(BruteForceResistanceCheck.MAX_ATTEMPTS);
  }

  @Test
  @Timeout(60)
  void aDelayOnEveryFailureIsProtection() throws Exception {
    Finding f = only(new BruteForceResistanceCheck().run(device("slow"), service));
    assertThat(f.outcome()).as(f.toString()).isEqualTo(Outcome.PASS);
    assertThat(f.messageKey()).isEqualTo("check.net.login.brute-force-resistance.delay");
    assertThat(Long.parseLong(f.messageArgs().getFirst())).isGreaterThanOrEqualTo(1000);
  }

  @Test
  @Timeout(60)
  void answersThatSlowDownAreProtectionAndStopOtherChecks() throws Exception {
    CheckContext ctx = device("escalate");
    Finding f = only(new BruteForceResistanceCheck().run(ctx, service));
    assertThat(f.outcome()).as(f.toString()).isEqualTo(Outcome.PASS);
    assertThat(f.messageKey()).isEqualTo("check.net.login.brute-force-resistance.slowed");
    assertThat(ctx.logins().lockout(service)).isPresent();
  }

  @Test
  @Timeout(60)
  void aLockoutMessageIsProtection() throws Exception {
    CheckContext ctx = device("lockout");
    Finding f = only(new BruteForceResistanceCheck().run(ctx, service));
    assertThat(f.outcome()).as(f.toString()).isEqualTo(Outcome.PASS);
    assertThat(f.messageKey()).isEqualTo("check.net.login.brute-force-resistance.lockout");
    assertThat(f.messageArgs().getFirst()).isEqualTo("4");
    assertThat(ctx.logins().lockout(service)).isPresent();
  }

  @Test
  @Timeout(120)
  void aWholeAssessmentFindsTheTelnetPasswordAndThenProbesGuessingResistance() throws Exception {
    device("mirai");
    Target target = new Target.NetworkDevice("loopback", TestDaemon.LOOPBACK, Optional.empty(),
        Integer.toString(service.port()), "9");
    List<Check> checks = List.of(new TcpDiscoveryCheck(), new IdentifyCheck(), new TelnetDefaultCredentialsCheck(),
        new BruteForceResistanceCheck());
    AssessmentResult r = new AssessmentRunner(Clock.systemUTC()).run(target, checks, LoopbackChecks.politeness(),
        ProgressSink.NONE);
    Finding found = r.findings().stream().filter(f -> f.checkId().equals(TelnetDefaultCredentialsCheck.ID)).findFirst()
        .orElseThrow(() -> new AssertionError(r.findings().toString()));
    assertThat(found.outcome()).as(found.toString()).isEqualTo(Outcome.FAIL);
    assertThat(found.messageArgs().getFirst()).isEqualTo("root");
    assertThat(r.facts().all(AuthenticationFact.class)).extracting(a -> a.service().port()).containsExactly(service.port());
    assertThat(r.findings()).filteredOn(f -> f.checkId().equals(BruteForceResistanceCheck.ID)).singleElement()
        .satisfies(f -> assertThat(f.outcome()).as("quick refusals: a low-confidence failure").isEqualTo(Outcome.FAIL));
    Catalog catalog = Catalog.load();
    var verdicts = new VerdictResolver(catalog).resolve(catalog.defaultEn303645Version(), r, Declarations.NONE);
    assertThat(verdicts).filteredOn(v -> v.provision().equals("5.1-1")).singleElement()
        .satisfies(v -> assertThat(v.verdict()).isEqualTo(VerdictValue.FAIL));
    assertThat(verdicts).filteredOn(v -> v.provision().equals("5.1-5")).singleElement()
        .satisfies(v -> assertThat(v.verdict()).as("a low-confidence failure leaves 5.1-5 undecided")
            .isEqualTo(VerdictValue.INCONCLUSIVE));
    assertThat(r.peakConnections()).isLessThanOrEqualTo(LoopbackChecks.politeness().maxConnectionsPerDevice());
  }
}
