package dev.iotcop.net.check.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iotcop.catalog.Catalog;
import dev.iotcop.engine.Confidence;
import dev.iotcop.engine.Finding;
import dev.iotcop.engine.Outcome;
import dev.iotcop.engine.Subject;
import dev.iotcop.engine.Target;
import dev.iotcop.engine.Transport;
import dev.iotcop.engine.check.Check;
import dev.iotcop.engine.check.Politeness;
import dev.iotcop.engine.check.ProgressSink;
import dev.iotcop.engine.evidence.CredentialEvidence;
import dev.iotcop.engine.run.AssessmentResult;
import dev.iotcop.engine.run.AssessmentRunner;
import dev.iotcop.engine.verdict.Declarations;
import dev.iotcop.engine.verdict.Verdict;
import dev.iotcop.engine.verdict.VerdictResolver;
import dev.iotcop.engine.verdict.VerdictValue;
import dev.iotcop.lab.ConnectionWatch;
import dev.iotcop.lab.Lab;
import dev.iotcop.lab.LabDevice;
import dev.iotcop.lab.junit.RequiresLab;
import dev.iotcop.net.discovery.TcpDiscoveryCheck;
import dev.iotcop.net.discovery.UdpDiscoveryCheck;
import dev.iotcop.net.identify.IdentifyCheck;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Discovery, identification and the authentication checks, with default politeness, against lab devices in network
 * namespaces: the weak camera gives away its Mirai telnet password and its web admin/admin, the hardened hub gets no
 * failure, and the fragile device (connection caps, pam_faillock after five failures) ends with no account locked and
 * no service crowded beyond its cap.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class CredentialChecksLabTest {
  private static final Catalog CATALOG = Catalog.load();

  private static AssessmentResult assess(LabDevice device) throws InterruptedException {
    Target target = new Target.NetworkDevice(device.address().getHostAddress(), device.address(), Optional.empty());
    List<Check> checks = List.of(new TcpDiscoveryCheck(), new UdpDiscoveryCheck(), new IdentifyCheck(),
        new TelnetDefaultCredentialsCheck(), new SshDefaultCredentialsCheck(), new FtpDefaultCredentialsCheck(),
        new HttpDefaultCredentialsCheck(), new MqttDefaultCredentialsCheck(), new SnmpDefaultCommunityCheck(),
        new BruteForceResistanceCheck());
    return new AssessmentRunner(Clock.systemUTC()).run(target, checks, Politeness.standard(), ProgressSink.NONE);
  }

  private static List<Finding> of(AssessmentResult r, String checkId) {
    return r.findings().stream().filter(f -> f.checkId().equals(checkId)).toList();
  }

  private static Finding on(AssessmentResult r, String checkId, int port) {
    return of(r, checkId).stream().filter(f -> f.subject() instanceof Subject.Service s && s.port() == port)
        .reduce((a, b) -> {
          throw new AssertionError("two findings of " + checkId + " on " + port);
        }).orElseThrow(() -> new AssertionError("no finding of " + checkId + " on " + port + ": " + r.findings()));
  }

  private static VerdictValue verdict(AssessmentResult r, String provision) {
    return new VerdictResolver(CATALOG).resolve(CATALOG.defaultEn303645Version(), r, Declarations.NONE).stream()
        .filter(v -> v.provision().equals(provision)).map(Verdict::verdict).findFirst().orElseThrow();
  }

  private static List<Finding> authentication(AssessmentResult r) {
    return r.findings().stream().filter(f -> f.checkId().endsWith(".default-credentials")
        || f.checkId().equals(SnmpDefaultCommunityCheck.ID) || f.checkId().equals(BruteForceResistanceCheck.ID)).toList();
  }

  @Test
  @RequiresLab(profiles = "weak-camera")
  void weakCameraGivesAwayItsTelnetAndWebPasswords() throws Exception {
    try (LabDevice camera = Lab.start("weak-camera")) {
      AssessmentResult r = assess(camera);

      Finding telnet = on(r, TelnetDefaultCredentialsCheck.ID, camera.port("telnet"));
      assertThat(telnet.outcome()).as(telnet.toString()).isEqualTo(Outcome.FAIL);
      assertThat(telnet.confidence()).isEqualTo(Confidence.HIGH);
      assertThat(telnet.messageArgs().getFirst()).isEqualTo("root");
      CredentialEvidence root = LoopbackChecks.credential(telnet).orElseThrow();
      assertThat(root.password().reveal()).isEqualTo("xc3511");
      assertThat(LoopbackChecks.rendered(telnet)).doesNotContain("xc3511").contains("x*****");

      Finding web = on(r, HttpDefaultCredentialsCheck.ID, camera.port("http"));
      assertThat(web.outcome()).as(web.toString()).isEqualTo(Outcome.FAIL);
      assertThat(web.messageArgs().getFirst()).isEqualTo("admin");
      assertThat(LoopbackChecks.credential(web).orElseThrow().password().reveal()).isEqualTo("admin");

      // The broker admits anonymous clients: noted, and left to the attack-surface checks.
      assertThat(on(r, MqttDefaultCredentialsCheck.ID, camera.port("mqtt")).outcome()).isEqualTo(Outcome.INFO);
      // Anonymous-only FTP turns every other user name down before a password: no default works, nothing to guess.
      assertThat(on(r, FtpDefaultCredentialsCheck.ID, camera.port("ftp")).outcome()).isEqualTo(Outcome.PASS);
      assertThat(of(r, BruteForceResistanceCheck.ID)).extracting(Finding::subject)
          .doesNotContain(new Subject.Service(camera.address().getHostAddress(), camera.port("ftp"), Transport.TCP, "ftp"));
      assertThat(verdict(r, "5.1-1")).isEqualTo(VerdictValue.FAIL);
      assertThat(verdict(r, "5.1-2")).isEqualTo(VerdictValue.FAIL);
      assertThat(of(r, BruteForceResistanceCheck.ID)).isNotEmpty().noneMatch(Finding::isConfidentFailure);

      Finding community = on(r, SnmpDefaultCommunityCheck.ID, camera.port("snmp"));
      assertThat(community.outcome()).as(community.toString()).isEqualTo(Outcome.FAIL);
      assertThat(LoopbackChecks.credential(community).orElseThrow().password().reveal()).isEqualTo("public");
    }
  }

  @Test
  @RequiresLab(profiles = "hardened-hub")
  void hardenedHubGetsNoFailureFromTheAuthenticationChecks() throws Exception {
    try (LabDevice hub = Lab.start("hardened-hub")) {
      AssessmentResult r = assess(hub);
      List<Finding> mine = authentication(r);
      assertThat(mine).as("no failure of any confidence").noneMatch(f -> f.outcome() == Outcome.FAIL);
      Finding ssh = on(r, SshDefaultCredentialsCheck.ID, hub.port("ssh"));
      assertThat(ssh.outcome()).as(ssh.toString()).isEqualTo(Outcome.PASS);
      assertThat(ssh.messageKey()).endsWith(".no-password-auth");
      Finding mqtts = on(r, MqttDefaultCredentialsCheck.ID, hub.port("mqtts"));
      assertThat(mqtts.outcome()).as(mqtts.toString()).isEqualTo(Outcome.PASS);
      assertThat(on(r, HttpDefaultCredentialsCheck.ID, hub.port("https")).outcome()).isEqualTo(Outcome.INFO);
      for (String provision : List.of("5.1-1", "5.1-2", "5.1-5")) {
        assertThat(verdict(r, provision)).as(provision).isNotEqualTo(VerdictValue.FAIL);
      }
    }
  }

  @Test
  @RequiresLab(profiles = "fragile")
  void fragileDeviceIsNeitherLockedOutNorCrowded() throws Exception {
    try (LabDevice fragile = Lab.start("fragile")) {
      AssessmentResult r;
      try (ConnectionWatch watch = fragile.watchConnections(Duration.ofMillis(5), Duration.ofMinutes(10))) {
        r = assess(fragile);
        for (String service : List.of("ssh", "dropbear", "telnet", "ftp")) {
          assertThat(watch.peak(service)).as("peak concurrent connections on %s", service).isLessThanOrEqualTo(2);
        }
      }
      assertThat(fragile.lockedOutAccounts()).as("accounts locked by the assessment").isEmpty();
      assertThat(fragile.log("ftp")).as("vsftpd turned no session away").doesNotContainIgnoringCase("too many");
      for (String service : List.of("telnet", "dropbear")) {
        assertThat(fragile.log(service)).as("xinetd turned no %s session away", service).doesNotContain("service_limit");
      }
      for (String account : List.of("operator", "service", "root")) {
        assertThat(fragile.loginFailures(account)).as("failed logins charged to %s", account)
            .isLessThan(Politeness.standard().maxFailuresPerAccount() + 1);
      }
      List<Finding> mine = authentication(r);
      assertThat(mine).noneMatch(Finding::isConfidentFailure);
      for (String service : List.of("ssh", "dropbear", "telnet", "ftp")) {
        Finding f = on(r, service.equals("telnet") ? TelnetDefaultCredentialsCheck.ID
            : service.equals("ftp") ? FtpDefaultCredentialsCheck.ID : SshDefaultCredentialsCheck.ID, fragile.port(service));
        assertThat(f.outcome()).as("%s: %s", service, f).isEqualTo(Outcome.PASS);
      }
      assertThat(r.peakConnections()).isLessThanOrEqualTo(Politeness.standard().maxConnectionsPerDevice());
    }
  }
}
