package dev.iotcop.demo;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;

/**
 * A cheap IP camera, simulated with real protocol servers inside the JVM on a loopback address: a telnet login with a
 * password from the Mirai botnet list, a web administration page behind admin/admin over plain HTTP, the same over
 * TLS 1.0/1.1 with an expired self-signed certificate, an SSH server with password logins and SHA-1 key exchange, and
 * an anonymous MQTT broker, an SNMP agent answering the community public, and an outdated
 * security.txt. No root and no installed daemons are needed.
 */
public final class DemoDevice implements AutoCloseable {
  public static final Account TELNET_ACCOUNT = new Account("root", "xc3511");
  public static final Account WEB_ACCOUNT = new Account("admin", "admin");
  public static final String MODEL = "DemoCam DC-200";

  private final InetAddress address;
  private final Path dir;
  private final List<AutoCloseable> servers = new ArrayList<>();
  private final Map<String, Integer> tcpPorts = new LinkedHashMap<>();
  private final List<Integer> udpPorts = new ArrayList<>();

  private DemoDevice(InetAddress address, Path dir) {
    this.address = address;
    this.dir = dir;
  }

  public static DemoDevice start(InetAddress address) throws IOException {
    DemoDevice d = new DemoDevice(address, Files.createTempDirectory("iotcop-demo-"));
    try {
      d.startServers();
      return d;
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      d.close();
      throw e instanceof IOException io ? io : new IOException("demo device could not start: " + e.getMessage(), e);
    }
  }

  private void startServers() throws IOException, GeneralSecurityException {
    TelnetLoginServer telnet = add(new TelnetLoginServer(address, TELNET_ACCOUNT, "democam"));
    tcpPorts.put("telnet", telnet.port());
    String outdated = "Contact: mailto:security@democam.example\nExpires: " + LocalDate.now().minusYears(2) + "T00:00:00Z\n";
    WebAdminServer web = add(WebAdminServer.http(address, WEB_ACCOUNT, outdated, MODEL));
    tcpPorts.put("http", web.port());
    SSLContext tls = DemoTls.expiredSelfSigned(dir, "democam.local");
    WebAdminServer https = add(WebAdminServer.https(address, WEB_ACCOUNT, outdated, MODEL, tls, List.of("TLSv1", "TLSv1.1"),
        List.of("TLS_RSA_WITH_AES_128_CBC_SHA", "TLS_RSA_WITH_3DES_EDE_CBC_SHA", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA")));
    tcpPorts.put("https", https.port());
    DemoSshServer ssh = add(new DemoSshServer(address, WEB_ACCOUNT, dir));
    tcpPorts.put("ssh", ssh.port());
    AnonymousMqttBroker mqtt = add(new AnonymousMqttBroker(address, Map.of(
        "democam/status", "online", "democam/firmware", "2.4.1", "democam/wifi/ssid", "HomeNetwork")));
    tcpPorts.put("mqtt", mqtt.port());
    PublicSnmpAgent snmp = add(new PublicSnmpAgent(address, PublicSnmpAgent.systemGroup(MODEL, "DC200-7F3A91")));
    udpPorts.add(snmp.port());
  }

  private <T extends AutoCloseable> T add(T server) {
    servers.add(server);
    return server;
  }

  public InetAddress address() {
    return address;
  }

  /** The TCP port of each service, by protocol name. */
  public Map<String, Integer> tcpPorts() {
    return Map.copyOf(tcpPorts);
  }

  /** The UDP ports the device answers on. */
  public List<Integer> udpPorts() {
    return List.copyOf(udpPorts);
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (AutoCloseable s : servers.reversed()) {
      try {
        s.close();
      } catch (Exception e) {
        if (first == null) {
          first = new IOException("stopping a demo server failed", e);
        }
      }
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
