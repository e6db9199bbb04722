package dev.iotcop.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iotcop.lab.junit.RequiresLab;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@RequiresLab(profiles = "fragile")
class FragileLabTest {
  private static LabDevice fragile;

  @BeforeAll
  static void start() {
    fragile = Lab.start("fragile");
  }

  @AfterAll
  static void stop() {
    if (fragile != null) {
      fragile.close();
    }
  }

  /**
   * Opens three connections, keeps them open a moment (longer than the connection sampler's interval) and returns
   * what each received first (empty: closed without a word).
   */
  private static List<String> threeAtOnce(String service, String marker) throws Exception {
    assertThat(fragile.awaitIdle(service, Duration.ofSeconds(10))).as("%s became idle", service).isTrue();
    List<Socket> sockets = new ArrayList<>();
    List<String> greetings = new ArrayList<>();
    try {
      for (int i = 0; i < 3; i++) {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(fragile.address(), fragile.port(service)), 2000);
        sockets.add(socket);
        greetings.add(DeviceProbes.readUntil(socket, marker, Duration.ofSeconds(3)));
      }
      Thread.sleep(150);
      return greetings;
    } finally {
      for (Socket s : sockets) {
        s.close();
      }
      Thread.sleep(300);
    }
  }

  @Test
  void xinetdCapsTelnetAtTwoSessions() throws Exception {
    try (ConnectionWatch watch = fragile.watchConnections()) {
      List<String> greetings = threeAtOnce("telnet", "login: ");
      assertThat(greetings.get(0)).contains("fragile login: ");
      assertThat(greetings.get(1)).contains("fragile login: ");
      assertThat(greetings.get(2)).doesNotContain("login");
      assertThat(watch.peak("telnet")).isBetween(2, 3);
    }
    assertThat(fragile.log("telnet")).contains("FAIL: telnet service_limit");
  }

  @Test
  void xinetdCapsDropbearAtTwoConnections() throws Exception {
    List<String> greetings = threeAtOnce("dropbear", "\n");
    assertThat(greetings.get(0)).startsWith("SSH-2.0-dropbear");
    assertThat(greetings.get(1)).startsWith("SSH-2.0-dropbear");
    assertThat(greetings.get(2)).isEmpty();
    assertThat(fragile.log("dropbear")).contains("FAIL: dropbear service_limit");
  }

  @Test
  void opensshDropsConnectionsPastMaxStartups() throws Exception {
    List<String> greetings = threeAtOnce("ssh", "\n");
    assertThat(greetings.get(0)).startsWith("SSH-2.0-OpenSSH");
    assertThat(greetings.get(1)).startsWith("SSH-2.0-OpenSSH");
    assertThat(greetings.get(2)).doesNotStartWith("SSH-2.0");
    assertThat(fragile.log("ssh")).containsAnyOf("MaxStartups", "PerSourceMaxStartups");
  }

  @Test
  void vsftpdRefusesAThirdClient() throws Exception {
    List<String> greetings = threeAtOnce("ftp", "\r\n");
    assertThat(greetings.get(0)).startsWith("220 fragile FTP");
    assertThat(greetings.get(1)).startsWith("220 fragile FTP");
    assertThat(greetings.get(2)).startsWith("421");
    assertThat(fragile.log("ftp")).contains("Connection refused: too many sessions");
  }

  @Test
  void fiveFailedLoginsLockTheAccountEverywherePamIsUsed() throws IOException {
    var address = fragile.address();
    assertThat(fragile.lockedOutAccounts()).doesNotContain("service");
    for (int i = 0; i < 5; i++) {
      assertThat(SshClient.withPassword(address, fragile.port("ssh"), "service", "wrong-" + i, "true").loggedIn())
          .isFalse();
    }
    assertThat(fragile.loginFailures("service")).isEqualTo(5);
    assertThat(fragile.lockedOutAccounts()).containsExactly("service");
    var afterLockout = SshClient.withPassword(address, fragile.port("ssh"), "service", "Serv1ce-2024", "true");
    assertThat(afterLockout.loggedIn()).isFalse();
    String telnet = DeviceProbes.telnetLogin(address, fragile.port("telnet"), "service", "Serv1ce-2024");
    assertThat(telnet).contains("Login incorrect").doesNotContain("lab-42");
    assertThat(fragile.log("ssh")).contains("Failed password for service");
    assertThat(fragile.syslog()).contains("account temporarily locked");

    var operator = SshClient.withPassword(address, fragile.port("ssh"), "operator", "Op3rator-2024", "id -un");
    assertThat(operator.output()).contains("operator");
    assertThat(fragile.lockedOutAccounts()).doesNotContain("operator");
  }

  @Test
  void dropbearChecksPasswordsAgainstTheDeviceShadow() {
    var login = SshClient.withPassword(fragile.address(), fragile.port("dropbear"), "operator", "Op3rator-2024",
        "hostname");
    assertThat(login.output()).contains("fragile");
    var wrong = SshClient.withPassword(fragile.address(), fragile.port("dropbear"), "operator", "nope", "hostname");
    assertThat(wrong.loggedIn()).isFalse();
    assertThat(fragile.log("dropbear")).contains("Bad password attempt for 'operator'");
  }
}
