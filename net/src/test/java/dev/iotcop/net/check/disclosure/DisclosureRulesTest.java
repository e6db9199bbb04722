package dev.iotcop.net.check.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iotcop.engine.Confidence;
import dev.iotcop.engine.Finding;
import dev.iotcop.engine.Outcome;
import dev.iotcop.engine.Subject;
import dev.iotcop.engine.Transport;
import dev.iotcop.engine.fact.ServiceFact;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DisclosureRulesTest {
  private static final DisclosureFields FIELDS = UnauthenticatedInfoCheck.FIELDS;
  private static final Subject.Service WEB = new Subject.Service("192.0.2.7", 80, Transport.TCP, "http");

  @Test
  void preciseVersionsAreFoundAndAddressesAreNot() {
    assertThat(VersionText.precise("HC2040 IP Camera, firmware 4.2.1 (Linux 3.10.14)")).contains("4.2.1");
    assertThat(VersionText.precise("lighttpd/1.4.69")).contains("1.4.69");
    assertThat(VersionText.precise("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3")).contains("2.0");
    assertThat(VersionText.precise("v2.3.3-rc1")).contains("2.3.3-rc1");
    assertThat(VersionText.precise("FTP ready at 192.168.1.20")).isEmpty();
    assertThat(VersionText.precise("firmware 4")).isEmpty();
    assertThat(VersionText.precise("nginx")).isEmpty();
  }

  @Property
  void anIpv4AddressIsNeverAVersion(@ForAll @IntRange(max = 255) int a, @ForAll @IntRange(max = 255) int b,
      @ForAll @IntRange(max = 255) int c, @ForAll @IntRange(max = 255) int d) {
    assertThat(VersionText.precise("server " + a + "." + b + "." + c + "." + d + " ready")).isEmpty();
  }

  @Property
  void versionSearchNeverFails(@ForAll String text) {
    VersionText.precise(text).ifPresent(v -> assertThat(text).contains(v));
    VersionText.isMac(text);
  }

  @Test
  void macAddressesAreRecognisedInEveryUsualSpelling() {
    assertThat(VersionText.isMac("00:11:22:aa:bb:cc")).isTrue();
    assertThat(VersionText.isMac("00-11-22-AA-BB-CC")).isTrue();
    assertThat(VersionText.isMac("001122aabbcc")).isTrue();
    assertThat(VersionText.isMac("001122334455")).isFalse();
    assertThat(VersionText.isMac("00:11:22-aa:bb:cc")).isFalse();
    assertThat(VersionText.isMac("HC2040A1")).isFalse();
  }

  @Test
  void txtKeysAndUpnpElementsAreClassified() {
    assertThat(FIELDS.classify(DisclosureFields.Source.TXT, "fw", "4.2.1")).contains(InfoKind.FIRMWARE_VERSION);
    assertThat(FIELDS.classify(DisclosureFields.Source.TXT, "fw", "stable")).isEmpty();
    assertThat(FIELDS.classify(DisclosureFields.Source.TXT, "txtvers", "1")).isEmpty();
    assertThat(FIELDS.classify(DisclosureFields.Source.TXT, "model", "HC2040")).contains(InfoKind.MODEL);
    assertThat(FIELDS.classify(DisclosureFields.Source.TXT, "SN", "X123")).contains(InfoKind.SERIAL_NUMBER);
    assertThat(FIELDS.classify(DisclosureFields.Source.TXT, "anything", "aa:bb:cc:dd:ee:ff")).contains(InfoKind.MAC_ADDRESS);
    assertThat(FIELDS.classify(DisclosureFields.Source.TXT, "mac", "hidden")).isEmpty();
    assertThat(FIELDS.classify(DisclosureFields.Source.UPNP, "serialNumber", "HC2040A1")).contains(InfoKind.SERIAL_NUMBER);
    assertThat(FIELDS.classify(DisclosureFields.Source.UPNP, "UDN", "uuid:1")).contains(InfoKind.UNIQUE_ID);
    assertThat(FIELDS.classify(DisclosureFields.Source.UPNP, "serialNumber", " ")).isEmpty();
  }

  @Test
  void theWeightiestPieceDecides() {
    Finding serial = UnauthenticatedInfoCheck.judge(WEB, Reading.of(List.of(
        new Disclosure(InfoKind.MODEL, "UPnP modelName", "modelName", "HC2040"),
        new Disclosure(InfoKind.MAC_ADDRESS, "x", "mac", "00:11:22:aa:bb:cc"),
        new Disclosure(InfoKind.SERIAL_NUMBER, "UPnP serialNumber", "serialNumber", "HC2040A1")), List.of()));
    assertThat(serial.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(serial.confidence()).isEqualTo(Confidence.MEDIUM);
    assertThat(serial.messageArgs().get(1)).isEqualTo("mac=00:11:22:aa:bb:cc; serialNumber=HC2040A1");

    Finding serverVersion = UnauthenticatedInfoCheck.judge(WEB, BannerDisclosure.read(new ServiceFact(WEB, false,
        "lighttpd", "1.4.69", "HTTP/1.1 200, Server: lighttpd/1.4.69", Map.of())));
    assertThat(serverVersion.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(serverVersion.confidence()).isEqualTo(Confidence.LOW);

    Finding upnpWeb = UnauthenticatedInfoCheck.judge(WEB, BannerDisclosure.read(new ServiceFact(WEB, false, "Debian",
        "6.1.0", "HTTP/1.1 404, Server: Debian/6.1.0 UPnP/1.1 MiniUPnPd/2.3.1", Map.of())));
    assertThat(upnpWeb.outcome()).as("UPnP requires its Server header").isEqualTo(Outcome.INFO);

    Finding quiet = UnauthenticatedInfoCheck.judge(WEB, BannerDisclosure.read(new ServiceFact(WEB, false, "nginx", "",
        "HTTP/1.1 200, Server: nginx", Map.of())));
    assertThat(quiet.outcome()).isEqualTo(Outcome.PASS);

    Subject.Service ssh = new Subject.Service("192.0.2.7", 22, Transport.TCP, "ssh");
    Finding required = UnauthenticatedInfoCheck.judge(ssh, BannerDisclosure.read(new ServiceFact(ssh, false, "OpenSSH",
        "9.2p1", "SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3", Map.of())));
    assertThat(required.outcome()).as("the protocol requires the version").isEqualTo(Outcome.INFO);

    Finding failed = UnauthenticatedInfoCheck.judge(WEB, Reading.failed("timeout", List.of()));
    assertThat(failed.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
  }

  @Test
  void aDescriptionIsFetchedOnlyFromTheDeviceItself() {
    assertThat(SsdpDisclosure.onDevice(URI.create("http://192.0.2.7:49152/rootDesc.xml"), "192.0.2.7")).isTrue();
    assertThat(SsdpDisclosure.onDevice(URI.create("http://192.0.2.8:49152/rootDesc.xml"), "192.0.2.7")).isFalse();
    assertThat(SsdpDisclosure.onDevice(URI.create("http://[::1]:80/d.xml"), "0:0:0:0:0:0:0:1")).isTrue();
    assertThat(SsdpDisclosure.onDevice(URI.create("http://localhost/d.xml"), "127.0.0.1"))
        .as("names are never resolved, so never in scope").isFalse();
  }

  @Test
  void engineIdsInMacFormatShowTheMac() {
    ServiceFact agent = new ServiceFact(new Subject.Service("192.0.2.7", 161, Transport.UDP, "snmp"), false, "", "", "",
        Map.of("snmp.engine-id", "80001f88030011223344aa", "snmp.engine-time", "3600", "snmp.engine-boots", "4"));
    assertThat(SnmpDisclosure.engine(agent)).extracting(Disclosure::kind)
        .containsExactly(InfoKind.UNIQUE_ID, InfoKind.MAC_ADDRESS, InfoKind.UPTIME);
    assertThat(Optional.of(SnmpDisclosure.engine(agent).get(1).value())).contains("00:11:22:33:44:aa");
  }
}
