package dev.iotcop.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iotcop.lab.junit.RequiresLab;
import dev.iotcop.lab.probe.MdnsQueryProbe;
import dev.iotcop.lab.probe.SnmpGetProbe;
import dev.iotcop.lab.probe.SsdpSearchProbe;
import dev.iotcop.lab.probe.UdpExchange;
import dev.iotcop.lab.probe.UdpProbe;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@RequiresLab(profiles = "weak-camera")
class WeakCameraLabTest {
  private static final Duration UDP_WAIT = Duration.ofSeconds(2);
  private static LabDevice camera;
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

  @BeforeAll
  static void start() {
    camera = Lab.start("weak-camera");
  }

  @AfterAll
  static void stop() {
    if (camera != null) {
      camera.close();
    }
  }

  @Test
  void everyDeclaredServiceAnswers() {
    for (EndpointState e : camera.endpoints()) {
      if (e.transport().equals("tcp")) {
        assertThat(DeviceProbes.tcpOpen(camera.address(), e.port())).as("%s accepts TCP", e).isTrue();
      } else {
        UdpProbe probe = switch (e.type()) {
          case "snmpd" -> new SnmpGetProbe("public");
          case "miniupnpd" -> new SsdpSearchProbe("ssdp:all");
          case "avahi" -> MdnsQueryProbe.serviceTypes();
          default -> throw new AssertionError("no UDP probe for " + e);
        };
        assertThat(UdpExchange.ask(camera.address(), e.port(), probe, UDP_WAIT)).as("%s answers", e).isPresent();
      }
    }
  }

  @Test
  void telnetTakesTheMiraiRootPasswordAndRefusesAWrongOne() throws IOException {
    String good = DeviceProbes.telnetLogin(camera.address(), camera.port("telnet"), "root", "xc3511");
    assertThat(good).contains("HC2040 IP Camera").contains("ipcam-hc2040 login:").contains("lab-42");
    String bad = DeviceProbes.telnetLogin(camera.address(), camera.port("telnet"), "root", "123456");
    assertThat(bad).contains("Login incorrect").doesNotContain("lab-42");
    // BusyBox login logs a successful root login at once (failures only after the third in one session)
    assertThat(camera.log("telnet")).contains("root login on");
  }

  @Test
  void webAdminIsBehindBasicAuthWithAdminAdmin() throws Exception {
    String base = "http://" + camera.address().getHostAddress() + ":" + camera.port("http");
    HttpResponse<String> index = get(base + "/", null);
    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(index.body()).contains("HC2040 IP Camera");
    HttpResponse<String> anonymous = get(base + "/admin/", null);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    assertThat(get(base + "/admin/", "admin:admin").statusCode()).isEqualTo(200);
    assertThat(get(base + "/admin/", "admin:password").statusCode()).isEqualTo(401);
    assertThat(camera.log("http")).contains("password doesn't match");
  }

  @Test
  void httpsSpeaksOnlyTls10And11WithLegacyCiphers() {
    var address = camera.address();
    int port = camera.port("https");
    var tls10 = DeviceProbes.openssl(address, port, "-tls1", "AES128-SHA:@SECLEVEL=0");
    assertThat(tls10.established()).as(tls10.transcript()).isTrue();
    assertThat(tls10.cipher()).isEqualTo("AES128-SHA");
    assertThat(DeviceProbes.openssl(address, port, "-tls1_1", "ALL:@SECLEVEL=0").established()).isTrue();
    assertThat(DeviceProbes.openssl(address, port, "-tls1", "NULL-MD5:@SECLEVEL=0").cipher()).isEqualTo("NULL-MD5");
    assertThat(DeviceProbes.openssl(address, port, "-tls1_2", "ALL:@SECLEVEL=0").established()).isFalse();
    assertThat(DeviceProbes.openssl(address, port, "-tls1_3", "ALL:@SECLEVEL=0").established()).isFalse();
  }

  @Test
  void httpsCertificateIsExpiredSelfSignedRsa1024WithSha1() throws Exception {
    Path pem = camera.certificate("https").orElseThrow();
    X509Certificate certificate = DeviceProbes.certificate(pem);
    assertThat(certificate.getNotAfter()).isBefore(new Date());
    assertThat(certificate.getSubjectX500Principal()).isEqualTo(certificate.getIssuerX500Principal());
    certificate.verify(certificate.getPublicKey());
    assertThat(((RSAPublicKey) certificate.getPublicKey()).getModulus().bitLength()).isEqualTo(1024);
    assertThat(certificate.getSigAlgName()).isEqualToIgnoringCase("SHA1withRSA");
    var served = DeviceProbes.openssl(camera.address(), camera.port("https"), "-tls1", "ALL:@SECLEVEL=0");
    String pemBody = Files.readString(pem).lines().filter(l -> !l.startsWith("-----")).reduce("", String::concat);
    assertThat(served.transcript().replace("\n", "")).contains(pemBody.substring(0, 60));
  }

  @Test
  void ftpLetsAnonymousUsersIn() throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(camera.address(), camera.port("ftp")), 2000);
      assertThat(DeviceProbes.readUntil(socket, "\r\n", Duration.ofSeconds(5))).startsWith("220 HC2040 FTP service");
      OutputStream out = socket.getOutputStream();
      out.write("USER anonymous\r\n".getBytes(StandardCharsets.US_ASCII));
      assertThat(DeviceProbes.readUntil(socket, "\r\n", Duration.ofSeconds(5))).startsWith("230");
    }
    assertThat(camera.log("ftp")).contains("USER anonymous");
  }

  @Test
  void mqttAcceptsAnonymousClients() throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(camera.address(), camera.port("mqtt")), 2000);
      assertThat(DeviceProbes.mqttConnect(socket, null, null)).isZero();
    }
  }

  @Test
  void snmpAnswersCommunityPublicOnlyAndNamesTheCamera() {
    Optional<byte[]> reply = UdpExchange.ask(camera.address(), camera.port("snmp"), new SnmpGetProbe("public"), UDP_WAIT);
    assertThat(reply).isPresent();
    assertThat(new String(reply.get(), StandardCharsets.ISO_8859_1)).contains("HC2040 IP Camera, firmware 4.2.1");
    assertThat(UdpExchange.ask(camera.address(), camera.port("snmp"), new SnmpGetProbe("private"), UDP_WAIT)).isEmpty();
  }

  @Test
  void ssdpPointsAtADeviceDescriptionNamingTheCamera() throws Exception {
    byte[] reply = UdpExchange.ask(camera.address(), camera.port("upnp"), new SsdpSearchProbe("upnp:rootdevice"),
        UDP_WAIT).orElseThrow();
    String location = new String(reply, StandardCharsets.ISO_8859_1).lines()
        .filter(l -> l.regionMatches(true, 0, "LOCATION:", 0, 9)).findFirst().orElseThrow()
        .substring(9).strip();
    assertThat(URI.create(location).getHost()).isEqualTo(camera.address().getHostAddress());
    assertThat(URI.create(location).getPort()).isEqualTo(camera.port("upnp.http"));
    HttpResponse<String> description = get(location, null);
    assertThat(description.statusCode()).isEqualTo(200);
    assertThat(description.body()).contains("<friendlyName>HC2040 IP Camera</friendlyName>")
        .contains("uuid:5d3c1a2b-4f10-4c71-9b7e-6d3c1a2b4f10");
  }

  @Test
  void mdnsPublishesTheCameraServices() {
    byte[] reply = UdpExchange.ask(camera.address(), camera.port("mdns"), MdnsQueryProbe.serviceTypes(), UDP_WAIT)
        .orElseThrow();
    String text = new String(reply, StandardCharsets.ISO_8859_1);
    assertThat(text).contains("_http").contains("_rtsp");
    assertThat(UdpExchange.ask(camera.address(), camera.port("mdns"),
        new MdnsQueryProbe("ipcam-hc2040.local", MdnsQueryProbe.A), UDP_WAIT)).isPresent();
  }

  @Test
  void theDeviceHasItsOwnHostnameShadowAndDev() throws IOException {
    assertThat(camera.execute(List.of("hostname")).orThrow().strip()).isEqualTo("ipcam-hc2040");
    String shadow = camera.execute(List.of("cat", "/etc/shadow")).orThrow();
    String rootLine = shadow.lines().filter(l -> l.startsWith("root:")).findFirst().orElseThrow();
    assertThat(rootLine.split(":")[1]).startsWith("$6$");
    assertThat(Files.readString(Path.of("/etc/shadow"))).doesNotContain(rootLine.split(":")[1]);
    assertThat(camera.execute(List.of("ls", "/dev")).orThrow()).contains("log").doesNotContain("sda");
    assertThat(camera.execute(List.of("ip", "-o", "-4", "addr", "show", "eth0")).orThrow())
        .contains(camera.address().getHostAddress() + "/30");
  }

  @Test
  void connectionWatchCountsSimultaneousConnections() throws Exception {
    try (ConnectionWatch watch = camera.watchConnections()) {
      List<Socket> sockets = new ArrayList<>();
      try {
        for (int i = 0; i < 3; i++) {
          Socket s = new Socket();
          s.connect(new InetSocketAddress(camera.address(), camera.port("http")), 2000);
          sockets.add(s);
        }
        Thread.sleep(200);
      } finally {
        for (Socket s : sockets) {
          s.close();
        }
      }
      Thread.sleep(200);
      assertThat(watch.peak("http")).isEqualTo(3);
      assertThat(watch.peak("telnet")).isZero();
      assertThat(watch.current().getOrDefault(camera.port("http"), 0)).isZero();
    }
  }

  private static HttpResponse<String> get(String url, String basicCredentials) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5));
    if (basicCredentials != null) {
      request.header("Authorization",
          "Basic " + Base64.getEncoder().encodeToString(basicCredentials.getBytes(StandardCharsets.UTF_8)));
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
