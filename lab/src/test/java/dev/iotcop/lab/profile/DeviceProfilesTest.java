package dev.iotcop.lab.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class DeviceProfilesTest {

  private static final String MINIMAL = """
      name: tiny
      services:
        - name: web
          type: lighttpd
          port: 8080
      """;

  @Test
  void bundledProfilesAreTheThreeDocumentedOnesAndAllParse() {
    assertThat(DeviceProfiles.bundledNames()).containsExactly("weak-camera", "hardened-hub", "fragile");
    for (String name : DeviceProfiles.bundledNames()) {
      assertThat(DeviceProfiles.bundled(name).name()).isEqualTo(name);
    }
  }

  @Test
  void weakCameraDeclaresEveryWeakServiceOnItsUsualPort() {
    DeviceProfile camera = DeviceProfiles.bundled("weak-camera");
    Map<String, String> ports = camera.endpoints().stream()
        .collect(Collectors.toMap(Endpoint::name, e -> e.port() + "/" + e.transport().label()));
    assertThat(ports).containsEntry("telnet", "23/tcp").containsEntry("http", "80/tcp").containsEntry("https", "443/tcp")
        .containsEntry("ftp", "21/tcp").containsEntry("mqtt", "1883/tcp").containsEntry("snmp", "161/udp")
        .containsEntry("upnp", "1900/udp").containsEntry("mdns", "5353/udp");
    assertThat(camera.accounts()).singleElement().satisfies(root -> {
      assertThat(root.name()).isEqualTo("root");
      assertThat(root.uid()).isZero();
    });
    NginxService https = (NginxService) camera.service("https").orElseThrow();
    assertThat(https.tls().protocols()).containsExactly("TLSv1", "TLSv1.1");
    assertThat(https.tls().ciphers()).contains("@SECLEVEL=0");
    assertThat(https.tls().certificate().expired()).isTrue();
    assertThat(https.tls().certificate().key()).isEqualTo("rsa:1024");
    assertThat(https.tls().certificate().digest()).isEqualTo("sha1");
    assertThat(((MosquittoService) camera.service("mqtt").orElseThrow()).anonymous()).isTrue();
    assertThat(((SnmpService) camera.service("snmp").orElseThrow()).readCommunity()).isEqualTo("public");
    assertThat(((LighttpdService) camera.service("http").orElseThrow()).basicAuth().user()).isEqualTo("admin");
  }

  @Test
  void weakCameraRootPasswordComesFromTheMiraiList() throws IOException {
    String shared = System.getProperty("iotcop.shared");
    Assumptions.assumeTrue(shared != null, "iotcop.shared is not set (run through Maven)");
    Path mirai = Path.of(shared, "data", "credentials", "seclists", "mirai-botnet.txt");
    Assumptions.assumeTrue(Files.isRegularFile(mirai), "reference data not present: " + mirai);
    Account root = DeviceProfiles.bundled("weak-camera").accounts().getFirst();
    assertThat(Files.readAllLines(mirai)).contains(root.name() + " " + root.password());
  }

  @Test
  void hardenedHubOpensOnlySshHttpsAndMqttOverTls() {
    DeviceProfile hub = DeviceProfiles.bundled("hardened-hub");
    assertThat(hub.endpoints()).extracting(Endpoint::port).containsExactlyInAnyOrder(22, 443, 8883);
    OpenSshService ssh = (OpenSshService) hub.service("ssh").orElseThrow();
    assertThat(ssh.passwordLogin()).isFalse();
    assertThat(ssh.hostKeys()).containsExactly("ed25519");
    assertThat(ssh.macs()).allMatch(m -> m.contains("-etm@"));
    MosquittoService mqtt = (MosquittoService) hub.service("mqtts").orElseThrow();
    assertThat(mqtt.anonymous()).isFalse();
    assertThat(mqtt.tls().protocols()).doesNotContain("TLSv1", "TLSv1.1");
    NginxService https = (NginxService) hub.service("https").orElseThrow();
    assertThat(https.securityTxt().expiresInDays()).isPositive();
    assertThat(https.tls().certificate().issuer()).isEqualTo(CertificateSpec.Issuer.LAB_CA);
  }

  @Test
  void fragileCapsEveryServiceAtTwoAndLocksAccounts() {
    DeviceProfile fragile = DeviceProfiles.bundled("fragile");
    assertThat(fragile.lockout().deny()).isEqualTo(5);
    OpenSshService ssh = (OpenSshService) fragile.service("ssh").orElseThrow();
    assertThat(ssh.maxStartups()).isEqualTo("2:100:2");
    assertThat(((DropbearService) fragile.service("dropbear").orElseThrow()).cap().maxConnections()).isEqualTo(2);
    assertThat(((TelnetService) fragile.service("telnet").orElseThrow()).cap().maxConnections()).isEqualTo(2);
    VsftpdService ftp = (VsftpdService) fragile.service("ftp").orElseThrow();
    assertThat(List.of(ftp.maxClients(), ftp.maxPerIp())).containsOnly(2);
  }

  @Test
  void dropbearAndAvahiAreEachInSomeBundledProfile() {
    List<ServiceSpec> all = DeviceProfiles.bundledNames().stream()
        .flatMap(n -> DeviceProfiles.bundled(n).services().stream()).toList();
    assertThat(all).anyMatch(DropbearService.class::isInstance).anyMatch(AvahiService.class::isInstance);
  }

  @Test
  void defaultsFillWhatAProfileLeavesOut() {
    DeviceProfile tiny = DeviceProfiles.parse(MINIMAL, "test");
    assertThat(tiny.hostname()).isEqualTo("tiny");
    assertThat(tiny.accounts()).isEmpty();
    assertThat(tiny.lockoutPolicy()).isEmpty();
    assertThat(tiny.endpoints()).containsExactly(new Endpoint("web", 8080, Transport.TCP));
    assertThat(tiny.requiredPrograms()).containsExactly("lighttpd");
  }

  @Test
  void rejectsUnknownKeysAndTypesNamingThem() {
    assertThatThrownBy(() -> DeviceProfiles.parse(MINIMAL + "    colour: blue\n", "test"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("colour");
    assertThatThrownBy(() -> DeviceProfiles.parse(MINIMAL.replace("lighttpd", "apache"), "test"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("apache");
  }

  @Test
  void rejectsInconsistentProfiles() {
    assertThatThrownBy(() -> DeviceProfiles.parse(MINIMAL + """
        - name: other
          type: nginx
          port: 8080
        """.indent(2), "test")).hasMessageContaining("duplicate port '8080/tcp'");
    assertThatThrownBy(() -> DeviceProfiles.parse(MINIMAL.replace("name: web", "name: \"web; rm -rf /\""), "test"))
        .hasMessageContaining("service name");
    assertThatThrownBy(() -> DeviceProfiles.parse("""
        name: broker
        services:
          - type: mosquitto
            anonymous: false
        """, "test")).hasMessageContaining("needs users");
    assertThatThrownBy(() -> DeviceProfiles.parse("""
        name: tls
        services:
          - type: nginx
            tls:
              certificate: {notBeforeDays: 5, notAfterDays: 5}
        """, "test")).hasMessageContaining("notAfterDays");
    assertThatThrownBy(() -> DeviceProfiles.parse("""
        name: tls
        services:
          - type: nginx
            tls:
              ciphers: "HIGH\\"; evil"
        """, "test")).hasMessageContaining("cipher string");
    assertThatThrownBy(() -> DeviceProfiles.parse("name: nothing\n", "test")).hasMessageContaining("no service");
  }

  @Property(tries = 300)
  void anyTextEitherParsesOrIsRejectedWithAnExplanation(@ForAll("profileLikeText") String text) {
    try {
      DeviceProfile profile = DeviceProfiles.parse(text, "generated");
      assertThat(profile.services()).isNotEmpty();
    } catch (IllegalArgumentException rejected) {
      assertThat(rejected.getMessage()).startsWith("invalid device profile generated");
    }
  }

  @Provide
  Arbitrary<String> profileLikeText() {
    String source = MINIMAL + """
        accounts:
          - name: root
            password: x
        lockout: {deny: 3}
        """;
    Arbitrary<String> mutated = Arbitraries.integers().between(0, source.length() - 1)
        .flatMap(at -> Arbitraries.strings().ofMaxLength(6)
            .map(insert -> source.substring(0, at) + insert + source.substring(Math.min(source.length(), at + 1))));
    return Arbitraries.oneOf(mutated, Arbitraries.strings().ofMaxLength(200));
  }
}
