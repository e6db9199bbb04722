package dev.iotcop.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iotcop.lab.junit.RequiresLab;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@RequiresLab(profiles = "hardened-hub")
class HardenedHubLabTest {
  private static LabDevice hub;

  @BeforeAll
  static void start() {
    hub = Lab.start("hardened-hub");
  }

  @AfterAll
  static void stop() {
    if (hub != null) {
      hub.close();
    }
  }

  @Test
  void nothingListensButSshHttpsAndMqtts() {
    Set<Integer> listening = new TreeSet<>();
    for (String line : hub.execute(List.of("ss", "-Htlnu")).orThrow().lines().toList()) {
      String local = line.strip().split("\\s+")[4];
      listening.add(Integer.parseInt(local.substring(local.lastIndexOf(':') + 1)));
    }
    assertThat(listening).containsExactly(22, 443, 8883);
    for (int closed : List.of(21, 23, 80, 1883, 2222)) {
      assertThat(DeviceProbes.tcpOpen(hub.address(), closed)).as("port %d", closed).isFalse();
    }
  }

  @Test
  void sshTakesTheGeneratedKeyAndNoPassword() {
    var key = hub.clientKey("hubadmin").orElseThrow();
    var withKey = SshClient.withKey(hub.address(), hub.port("ssh"), "hubadmin", key, "echo key-login-$((40+2))");
    assertThat(withKey.output()).contains("key-login-42");
    var withPassword = SshClient.withPassword(hub.address(), hub.port("ssh"), "hubadmin", "anything", "true");
    assertThat(withPassword.loggedIn()).isFalse();
    assertThat(withPassword.output()).contains("Permission denied (publickey)");
  }

  @Test
  void sshOffersOnlyModernAlgorithms() throws IOException {
    SshKexInit offer = SshKexInit.read(hub.address(), hub.port("ssh"));
    assertThat(offer.banner()).startsWith("SSH-2.0-OpenSSH_");
    assertThat(offer.keyExchanges()).isNotEmpty().allMatch(k -> k.startsWith("curve25519") || k.startsWith("sntrup761"));
    assertThat(offer.lists().get("hostkey")).containsExactly("ssh-ed25519");
    assertThat(offer.lists().get("cipher_s2c"))
        .containsExactlyInAnyOrder("chacha20-poly1305@openssh.com", "aes256-gcm@openssh.com", "aes128-gcm@openssh.com");
    assertThat(offer.lists().get("mac_s2c")).isNotEmpty().allMatch(m -> m.endsWith("-etm@openssh.com"));
  }

  @Test
  void httpsIsTls12Or13OnlyWithAValidLabCaCertificate() throws Exception {
    SSLContext trustLab = DeviceProbes.trusting(hub.labCa().orElseThrow());
    for (String version : List.of("TLSv1.2", "TLSv1.3")) {
      try (SSLSocket socket = DeviceProbes.tlsSocket(trustLab, hub.address(), hub.port("https"))) {
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setProtocols(new String[] {version});
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        socket.setSSLParameters(parameters);
        socket.startHandshake();
        assertThat(socket.getSession().getProtocol()).isEqualTo(version);
        assertThat(socket.getSession().getCipherSuite()).containsAnyOf("_GCM_", "CHACHA20");
        X509Certificate served = (X509Certificate) socket.getSession().getPeerCertificates()[0];
        served.checkValidity(new Date());
        assertThat(served.getPublicKey()).isInstanceOf(ECPublicKey.class);
        assertThat(served.getSigAlgName()).isEqualToIgnoringCase("SHA256withECDSA");
      }
    }
    for (String legacy : List.of("-tls1", "-tls1_1")) {
      assertThat(DeviceProbes.openssl(hub.address(), hub.port("https"), legacy, "ALL:@SECLEVEL=0").established())
          .as(legacy).isFalse();
    }
    var cbc = DeviceProbes.openssl(hub.address(), hub.port("https"), "-tls1_2", "AES128-SHA:ECDHE-ECDSA-AES128-SHA");
    assertThat(cbc.established()).isFalse();
  }

  @Test
  void securityTxtFollowsRfc9116() throws Exception {
    HttpClient client = HttpClient.newBuilder().sslContext(DeviceProbes.trusting(hub.labCa().orElseThrow()))
        .connectTimeout(Duration.ofSeconds(3)).build();
    URI uri = URI.create("https://" + hub.address().getHostAddress() + "/.well-known/security.txt");
    HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
    List<String> lines = response.body().lines().toList();
    assertThat(lines).anyMatch(l -> l.startsWith("Contact: mailto:")).anyMatch(l -> l.startsWith("Contact: https://"));
    List<String> expires = lines.stream().filter(l -> l.startsWith("Expires: ")).toList();
    assertThat(expires).hasSize(1);
    OffsetDateTime when = OffsetDateTime.parse(expires.getFirst().substring("Expires: ".length()));
    assertThat(when).isAfter(OffsetDateTime.now()).isBefore(OffsetDateTime.now().plusYears(1));
  }

  @Test
  void mqttNeedsAPasswordAndTls() throws Exception {
    SSLContext trustLab = DeviceProbes.trusting(hub.labCa().orElseThrow());
    try (SSLSocket socket = DeviceProbes.tlsSocket(trustLab, hub.address(), hub.port("mqtts"))) {
      assertThat(DeviceProbes.mqttConnect(socket, null, null)).isEqualTo(5);
    }
    try (SSLSocket socket = DeviceProbes.tlsSocket(trustLab, hub.address(), hub.port("mqtts"))) {
      assertThat(DeviceProbes.mqttConnect(socket, "hubclient", "wrong")).isIn(4, 5);
    }
    try (SSLSocket socket = DeviceProbes.tlsSocket(trustLab, hub.address(), hub.port("mqtts"))) {
      assertThat(DeviceProbes.mqttConnect(socket, "hubclient", "t7#Qm2vL9x!pR4wz")).isZero();
    }
    assertThat(DeviceProbes.tcpOpen(hub.address(), 1883)).isFalse();
    assertThat(DeviceProbes.openssl(hub.address(), hub.port("mqtts"), "-tls1_1", "ALL:@SECLEVEL=0").established())
        .isFalse();
  }
}
