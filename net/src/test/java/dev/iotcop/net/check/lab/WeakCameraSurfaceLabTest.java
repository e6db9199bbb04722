package dev.iotcop.net.check.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iotcop.engine.Confidence;
import dev.iotcop.engine.Finding;
import dev.iotcop.engine.Outcome;
import dev.iotcop.engine.fact.ServiceFact;
import dev.iotcop.engine.run.AssessmentResult;
import dev.iotcop.lab.Lab;
import dev.iotcop.lab.LabDevice;
import dev.iotcop.lab.junit.RequiresLab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The budget camera of the lab (BusyBox telnetd, anonymous vsftpd and mosquitto, snmpd with community public,
 * miniupnpd, avahi) fails 5.6-1, 5.6-2 and 5.5-4 for the reasons it was built with, and passes where it does ask for
 * credentials (the web administration behind Basic authentication, the telnet login).
 */
@RequiresLab(profiles = "weak-camera")
class WeakCameraSurfaceLabTest {
  private static LabDevice camera;
  private static AssessmentResult result;

  @BeforeAll
  static void assess() throws InterruptedException {
    camera = Lab.start("weak-camera");
    result = SurfaceLabAssessment.assess(camera);
  }

  @AfterAll
  static void stop() {
    if (camera != null) {
      camera.close();
    }
  }

  private static String why() {
    return SurfaceLabAssessment.describe(result);
  }

  @Test
  @Timeout(10)
  void udpDiscoveryFindsSnmpSsdpAndMdns() {
    assertThat(result.facts().all(ServiceFact.class)).as(why())
        .extracting(s -> s.service().port() + "/" + s.service().transport().code() + " " + s.protocol())
        .contains("161/udp snmp", "1900/udp ssdp", "5353/udp mdns");
  }

  @Test
  @Timeout(10)
  void telnetOpenFailsTheAttackSurface() {
    Finding telnet = SurfaceLabAssessment.on(result, "net.surface.inventory", camera.port("telnet")).orElseThrow(
        () -> new AssertionError(why()));
    assertThat(telnet.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(telnet.confidence()).isEqualTo(Confidence.HIGH);
    assertThat(telnet.provisions()).containsExactly("5.6-1");
  }

  @Test
  @Timeout(10)
  void anonymousFtpAndMqttFailAndTheProtectedServicesPass() {
    Finding ftp = SurfaceLabAssessment.on(result, "net.surface.unauthenticated", camera.port("ftp")).orElseThrow();
    assertThat(ftp.outcome()).as(why()).isEqualTo(Outcome.FAIL);
    assertThat(ftp.messageKey()).endsWith("ftp.anonymous");
    Finding mqtt = SurfaceLabAssessment.on(result, "net.surface.unauthenticated", camera.port("mqtt")).orElseThrow();
    assertThat(mqtt.outcome()).as(why()).isEqualTo(Outcome.FAIL);
    assertThat(mqtt.confidence()).isEqualTo(Confidence.HIGH);
    assertThat(mqtt.messageKey()).endsWith("mqtt.open");
    Finding web = SurfaceLabAssessment.on(result, "net.surface.unauthenticated", camera.port("http")).orElseThrow();
    assertThat(web.outcome()).as(why()).isEqualTo(Outcome.PASS);
    assertThat(web.messageKey()).endsWith("http.protected");
    Finding telnet = SurfaceLabAssessment.on(result, "net.surface.unauthenticated", camera.port("telnet")).orElseThrow();
    assertThat(telnet.outcome()).as(why()).isEqualTo(Outcome.PASS);
  }

  @Test
  @Timeout(10)
  void snmpPublicUpnpAndDnsSdDiscloseWhatTheyShouldNot() {
    Finding snmp = SurfaceLabAssessment.on(result, "net.disclosure.unauthenticated-info", 161).orElseThrow(
        () -> new AssertionError(why()));
    assertThat(snmp.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(snmp.messageKey()).endsWith("snmp-public");
    assertThat(snmp.messageArgs().get(1)).contains("firmware 4.2.1");
    Finding upnp = SurfaceLabAssessment.on(result, "net.disclosure.unauthenticated-info", 1900).orElseThrow();
    assertThat(upnp.outcome()).as(why()).isEqualTo(Outcome.FAIL);
    assertThat(upnp.confidence()).isEqualTo(Confidence.MEDIUM);
    assertThat(upnp.messageArgs().get(1)).contains("serialNumber=HC2040A1");
    Finding mdns = SurfaceLabAssessment.on(result, "net.disclosure.unauthenticated-info", 5353).orElseThrow();
    assertThat(mdns.outcome()).as(why()).isEqualTo(Outcome.FAIL);
    assertThat(mdns.messageArgs().get(1)).contains("fw=4.2.1");
  }

  @Test
  @Timeout(10)
  void noSecurityTxtOnTheCameraIsOnlyInformation() {
    assertThat(SurfaceLabAssessment.findings(result, "doc.security-txt", Outcome.FAIL)).as(why()).isEmpty();
    assertThat(SurfaceLabAssessment.findings(result, "doc.security-txt", Outcome.PASS)).isEmpty();
    assertThat(SurfaceLabAssessment.findings(result, "doc.security-txt", Outcome.INFO)).isNotEmpty();
  }
}
