package dev.iotcop.net.check.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iotcop.catalog.Catalog;
import dev.iotcop.engine.Confidence;
import dev.iotcop.engine.Finding;
import dev.iotcop.engine.Outcome;
import dev.iotcop.engine.Subject;
import dev.iotcop.engine.Target;
import dev.iotcop.engine.check.Check;
import dev.iotcop.engine.check.Politeness;
import dev.iotcop.engine.check.ProgressSink;
import dev.iotcop.engine.evidence.CertificateSummary;
import dev.iotcop.engine.evidence.TlsHandshakeSummary;
import dev.iotcop.engine.run.AssessmentResult;
import dev.iotcop.engine.run.AssessmentRunner;
import dev.iotcop.engine.verdict.Declarations;
import dev.iotcop.engine.verdict.Verdict;
import dev.iotcop.engine.verdict.VerdictResolver;
import dev.iotcop.engine.verdict.VerdictValue;
import dev.iotcop.lab.Lab;
import dev.iotcop.lab.LabDevice;
import dev.iotcop.lab.junit.RequiresLab;
import dev.iotcop.net.LegacyProtocols;
import dev.iotcop.net.discovery.TcpDiscoveryCheck;
import dev.iotcop.net.identify.IdentifyCheck;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Discovery, identification and the four transport-security checks against lab devices in network namespaces: the
 * weak camera must fail 5.5-1 for the right reasons, the hardened hub must get no failure at all from these checks.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class TransportSecurityLabTest {
  private static final Catalog CATALOG = Catalog.load();

  private static AssessmentResult assess(LabDevice device) throws InterruptedException {
    LegacyProtocols.allowForProbing();
    Target target = new Target.NetworkDevice(device.address().getHostAddress(), device.address(), Optional.empty());
    List<Check> checks = List.of(new TcpDiscoveryCheck(), new IdentifyCheck(), new TlsConfigurationCheck(),
        new TlsCertificateCheck(), new SshAlgorithmsCheck(), new CleartextManagementCheck());
    return new AssessmentRunner(Clock.systemUTC()).run(target, checks, Politeness.standard(), ProgressSink.NONE);
  }

  private static List<Finding> of(AssessmentResult r, String checkId) {
    return r.findings().stream().filter(f -> f.checkId().equals(checkId)).toList();
  }

  private static Optional<Finding> on(List<Finding> findings, int port, String suffix) {
    return findings.stream().filter(f -> f.subject() instanceof Subject.Service s && s.port() == port)
        .filter(f -> f.messageKey().endsWith("." + suffix)).findFirst();
  }

  private static VerdictValue verdict(AssessmentResult r, String provision) {
    return new VerdictResolver(CATALOG).resolve(CATALOG.defaultEn303645Version(), r, Declarations.NONE).stream()
        .filter(v -> v.provision().equals(provision)).map(Verdict::verdict).findFirst().orElseThrow();
  }

  @Test
  @RequiresLab(profiles = "weak-camera")
  void weakCameraFailsCommunicationSecurityWithTheRightEvidence() throws Exception {
    try (LabDevice camera = Lab.start("weak-camera")) {
      AssessmentResult r = assess(camera);
      int https = camera.port("https");

      Finding tls = on(of(r, "net.tls.configuration"), https, "fail.versions-and-suites").orElseThrow();
      assertThat(tls.confidence()).isEqualTo(Confidence.HIGH);
      TlsHandshakeSummary summary = (TlsHandshakeSummary) tls.evidence().getFirst();
      assertThat(summary.versionsAccepted()).containsExactly("TLSv1.0", "TLSv1.1");
      assertThat(summary.weakSuitesAccepted()).isNotEmpty().allMatch(s -> s.contains("NULL"));
      assertThat(of(r, "net.tls.configuration")).noneMatch(f -> f.outcome() == Outcome.PASS);

      List<Finding> cert = of(r, "net.tls.certificate");
      assertThat(on(cert, https, "fail.expired")).isPresent();
      assertThat(on(cert, https, "fail.weak-key")).get().satisfies(f -> {
        CertificateSummary c = (CertificateSummary) f.evidence().getFirst();
        assertThat(c.keyBits()).isEqualTo(1024);
        assertThat(c.signatureAlgorithm()).containsIgnoringCase("SHA1");
        assertThat(c.selfSigned()).isTrue();
      });
      assertThat(on(cert, https, "info.self-signed")).isPresent();

      List<Finding> clear = of(r, "net.cleartext.management");
      assertThat(on(clear, camera.port("telnet"), "fail.telnet-login")).isPresent();
      assertThat(on(clear, camera.port("http"), "fail.http-basic")).get()
          .satisfies(f -> assertThat(f.messageArgs()).containsExactly(
              "http://" + camera.address().getHostAddress() + "/admin/", "HC2040"));
      // anonymous only: no credential crosses the FTP or MQTT service, so they are reported, not failed
      assertThat(on(clear, camera.port("ftp"), "info.ftp-no-login")).isPresent();
      assertThat(on(clear, camera.port("mqtt"), "info.mqtt-anonymous")).isPresent();
      assertThat(clear).noneMatch(f -> f.outcome() == Outcome.PASS);

      assertThat(verdict(r, "5.5-1")).isEqualTo(VerdictValue.FAIL);
      assertThat(verdict(r, "5.5-7")).isEqualTo(VerdictValue.FAIL);
    }
  }

  @Test
  @RequiresLab(profiles = "hardened-hub")
  void hardenedHubGetsNoFailureFromTheseChecks() throws Exception {
    try (LabDevice hub = Lab.start("hardened-hub")) {
      AssessmentResult r = assess(hub);
      List<Finding> mine = r.findings().stream().filter(f -> f.checkId().startsWith("net.tls.")
          || f.checkId().startsWith("net.ssh.") || f.checkId().startsWith("net.cleartext.")).toList();
      assertThat(mine).as("no failure of any confidence").noneMatch(f -> f.outcome() == Outcome.FAIL);
      assertThat(mine).as("nothing left undecided").noneMatch(f -> f.outcome() == Outcome.INCONCLUSIVE);
      for (String service : List.of("https", "mqtts")) {
        int port = hub.port(service);
        assertThat(on(of(r, "net.tls.configuration"), port, "pass")).as(service).isPresent();
        assertThat(on(of(r, "net.tls.certificate"), port, "pass")).as(service).isPresent();
      }
      assertThat(on(of(r, "net.ssh.algorithms"), hub.port("ssh"), "pass")).isPresent();
      assertThat(of(r, "net.cleartext.management")).singleElement().satisfies(f -> {
        assertThat(f.outcome()).isEqualTo(Outcome.PASS);
        assertThat(f.subject()).isInstanceOf(Subject.Device.class);
      });
      for (String provision : List.of("5.5-1", "5.5-6", "5.5-7")) {
        assertThat(verdict(r, provision)).as(provision).isNotIn(VerdictValue.FAIL, VerdictValue.INCONCLUSIVE);
      }
    }
  }
}
