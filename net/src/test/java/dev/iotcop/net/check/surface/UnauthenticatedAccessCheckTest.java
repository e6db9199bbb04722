package dev.iotcop.net.check.surface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.iotcop.engine.Confidence;
import dev.iotcop.engine.Finding;
import dev.iotcop.engine.Outcome;
import dev.iotcop.engine.Subject;
import dev.iotcop.engine.Transport;
import dev.iotcop.engine.check.CheckResult;
import dev.iotcop.engine.evidence.Observation;
import dev.iotcop.engine.evidence.Transcript;
import dev.iotcop.engine.fact.Facts;
import dev.iotcop.engine.fact.ServiceFact;
import dev.iotcop.net.check.LoopbackServices;
import dev.iotcop.net.proto.TestDaemon;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The check against real vsftpd, mosquitto, lighttpd and BusyBox telnetd on loopback ports, and a scripted RTSP server. */
class UnauthenticatedAccessCheckTest {
  @TempDir
  Path directory;

  private static Finding run(ServiceFact fact) throws InterruptedException {
    CheckResult r = new UnauthenticatedAccessCheck().run(LoopbackServices.context(Facts.of(List.of(fact))), fact.service());
    assertThat(r.findings()).hasSize(1);
    return r.findings().getFirst();
  }

  private static String suffix(Finding f) {
    return f.messageKey().substring(UnauthenticatedAccessCheck.key("").length());
  }

  private TestDaemon vsftpd(String name, boolean anonymous) throws IOException {
    Path vsftpd = TestDaemon.requireProgram("/usr/sbin/vsftpd");
    Path root = Files.createDirectories(directory.resolve(name + "-root"));
    Path empty = Files.createDirectories(directory.resolve(name + "-empty"));
    Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
    int port = TestDaemon.freeTcpPort();
    Path config = directory.resolve(name + ".conf");
    Files.writeString(config, String.join("\n", List.of("listen=YES", "listen_ipv6=NO", "listen_address=127.0.0.1",
        "listen_port=" + port, "background=NO", "seccomp_sandbox=NO", "xferlog_enable=NO", "anon_root=" + root,
        "secure_chroot_dir=" + empty, "anonymous_enable=" + (anonymous ? "YES" : "NO"),
        "local_enable=" + (anonymous ? "NO" : "YES"))) + "\n");
    TestDaemon daemon = TestDaemon.start(directory, name, Map.of(), List.of(vsftpd.toString(), config.toString()));
    daemon.awaitTcp(port, Duration.ofSeconds(10));
    ftpPort = port;
    return daemon;
  }

  private int ftpPort;

  @Test
  @Timeout(60)
  void anonymousFtpFailsAndAClosedOnePasses() throws Exception {
    try (TestDaemon open = vsftpd("open", true)) {
      ServiceFact fact = LoopbackServices.identify(ftpPort);
      assertThat(fact.protocol()).as(fact + open.log()).isEqualTo("ftp");
      Finding f = run(fact);
      assertThat(f.outcome()).as(open.log()).isEqualTo(Outcome.FAIL);
      assertThat(f.confidence()).isEqualTo(Confidence.HIGH);
      assertThat(suffix(f)).isEqualTo("ftp.anonymous");
      Transcript transcript = (Transcript) f.evidence().getFirst();
      assertThat(transcript.lines()).anySatisfy(l -> {
        assertThat(l.text()).isEqualTo("PASS anonymous@");
        assertThat(l.secret()).isTrue();
      });
    }
    try (TestDaemon closed = vsftpd("closed", false)) {
      ServiceFact fact = LoopbackServices.identify(ftpPort);
      assertThat(fact.protocol()).as(fact + closed.log()).isEqualTo("ftp");
      Finding f = run(fact);
      assertThat(f.outcome()).as(f + closed.log()).isEqualTo(Outcome.PASS);
      assertThat(suffix(f)).isEqualTo("ftp.refused");
    }
  }

  private record Broker(TestDaemon daemon, int port) implements AutoCloseable {
    @Override
    public void close() {
      daemon.close();
    }
  }

  private Broker mosquitto(boolean anonymous) throws Exception {
    Path mosquitto = TestDaemon.requireProgram("/usr/sbin/mosquitto");
    Path passwd = TestDaemon.requireProgram("/usr/bin/mosquitto_passwd");
    Path passwords = directory.resolve("passwords");
    Process made = new ProcessBuilder(passwd.toString(), "-c", "-b", passwords.toString(), "hub", "s3cret-Hub")
        .redirectErrorStream(true).redirectOutput(directory.resolve("passwd.log").toFile()).start();
    assertThat(made.waitFor()).isZero();
    int port = TestDaemon.freeTcpPort();
    Path config = directory.resolve("mosquitto-" + anonymous + ".conf");
    Files.writeString(config, """
        listener %d 127.0.0.1
        allow_anonymous %s
        password_file %s
        persistence false
        user root
        log_dest stdout
        """.formatted(port, anonymous, passwords));
    TestDaemon daemon = TestDaemon.start(directory, "mosquitto-" + anonymous, Map.of(),
        List.of(mosquitto.toString(), "-c", config.toString()));
    daemon.awaitTcp(port, Duration.ofSeconds(10));
    return new Broker(daemon, port);
  }

  @Test
  @Timeout(60)
  void anAnonymousBrokerSharingItsTopicsFailsWithTopicsButNotPayloads() throws Exception {
    Path publish = TestDaemon.requireProgram("/usr/bin/mosquitto_pub");
    try (Broker broker = mosquitto(true)) {
      Process retained = new ProcessBuilder(publish.toString(), "-h", "127.0.0.1", "-p", Integer.toString(broker.port()),
          "-t", "camera/front/motion", "-r", "-m", "{\"motion\":true,\"secret-looking-field\":\"0123456789abcdef\"}")
          .redirectErrorStream(true).start();
      assertThat(retained.waitFor()).isZero();
      ServiceFact fact = LoopbackServices.identify(broker.port());
      assertThat(fact.attribute("mqtt.anonymous")).isEqualTo("accepted");
      Finding f = run(fact);
      assertThat(f.outcome()).as(broker.daemon().log()).isEqualTo(Outcome.FAIL);
      assertThat(f.confidence()).isEqualTo(Confidence.HIGH);
      assertThat(suffix(f)).isEqualTo("mqtt.open");
      Observation seen = (Observation) f.evidence().get(1);
      assertThat(seen.values().get("topics")).contains("camera/front/motion");
      assertThat(seen.values().get("excerpt camera/front/motion")).hasSizeLessThan(50).doesNotContain("0123456789abcdef");
    }
  }

  @Test
  @Timeout(60)
  void aBrokerThatWantsCredentialsPasses() throws Exception {
    try (Broker broker = mosquitto(false)) {
      ServiceFact fact = LoopbackServices.identify(broker.port());
      assertThat(fact.attribute("mqtt.anonymous")).isEqualTo("refused");
      Finding f = run(fact);
      assertThat(f.outcome()).isEqualTo(Outcome.PASS);
      assertThat(suffix(f)).isEqualTo("mqtt.refused");
      ServiceFact unconfirmed = new ServiceFact(fact.service(), false, "", "", "", Map.of());
      Finding asked = run(unconfirmed);
      assertThat(asked.outcome()).isEqualTo(Outcome.PASS);
      assertThat(((Transcript) asked.evidence().getFirst()).lines()).extracting(Transcript.Line::text)
          .anyMatch(t -> t.contains("CONNACK return code 5"));
    }
  }

  @Test
  @Timeout(60)
  void aSettingsPageWithoutLoginFailsAndAProtectedAdminAreaPasses() throws Exception {
    String start = "<html><h1>Camera</h1><a href=/admin/>Administration</a></html>";
    String wifi = "<html><form method=post action=/apply.cgi>SSID <input name=wlan_ssid value=home>"
        + " Passphrase <input type=password name=wpa_passphrase><input type=submit value=Save></form></html>";
    int openPort = TestDaemon.freeTcpPort();
    try (TestDaemon web = LoopbackServices.lighttpd(directory.resolve("open"), openPort,
        Map.of("/index.html", start, "/wireless.html", wifi), Optional.empty())) {
      Finding f = run(LoopbackServices.identify(openPort));
      assertThat(f.outcome()).as(web.log()).isEqualTo(Outcome.FAIL);
      assertThat(f.confidence()).isEqualTo(Confidence.MEDIUM);
      assertThat(f.messageArgs()).containsExactly("http://127.0.0.1:" + openPort + "/wireless.html", "wireless");
    }
    int closedPort = TestDaemon.freeTcpPort();
    try (TestDaemon web = LoopbackServices.lighttpd(directory.resolve("closed"), closedPort,
        Map.of("/index.html", start, "/admin/index.html", wifi), Optional.of("/admin"))) {
      Finding f = run(LoopbackServices.identify(closedPort));
      assertThat(f.outcome()).as(web.log()).isEqualTo(Outcome.PASS);
      assertThat(suffix(f)).isEqualTo("http.protected");
      assertThat(f.messageArgs().get(3)).isEqualTo("HTTP 401 Basic");
    }
  }

  @Test
  @Timeout(60)
  void aStaticSiteWithNoAdministrationIsOnlyInformation() throws Exception {
    int port = TestDaemon.freeTcpPort();
    try (TestDaemon web = LoopbackServices.lighttpd(directory.resolve("static"), port,
        Map.of("/index.html", "<html><h1>Hub</h1><p>Nothing to see.</p></html>"), Optional.empty())) {
      Finding f = run(LoopbackServices.identify(port));
      assertThat(f.outcome()).as(web.log()).isEqualTo(Outcome.INFO);
      assertThat(suffix(f)).isEqualTo("http.none-found");
    }
  }

  private TestDaemon telnetd(String program, int port) throws IOException {
    Optional<Path> busybox = TestDaemon.busyBoxWithTelnetd();
    assumeTrue(busybox.isPresent(), "no BusyBox with telnetd (set IOTCOP_BUSYBOX_STATIC)");
    Path script = directory.resolve("login-" + port + ".sh");
    Files.writeString(script, "#!/bin/sh\n" + program + "\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    TestDaemon daemon = TestDaemon.start(directory, "telnetd-" + port, Map.of(), List.of(busybox.get().toString(),
        "telnetd", "-F", "-p", Integer.toString(port), "-b", "127.0.0.1", "-l", script.toString(), "-f", "/dev/null"));
    daemon.awaitTcp(port, Duration.ofSeconds(10));
    return daemon;
  }

  @Test
  @Timeout(60)
  void telnetGivingAShellFailsAndTelnetAskingForALoginPasses() throws Exception {
    int shellPort = TestDaemon.freeTcpPort();
    try (TestDaemon shell = telnetd("PS1='cam# ' exec /bin/sh -i", shellPort)) {
      ServiceFact fact = new ServiceFact(new Subject.Service("127.0.0.1", shellPort, Transport.TCP, "telnet"), false,
          "", "", "", Map.of());
      Finding f = run(fact);
      assertThat(f.outcome()).as(shell.log()).isEqualTo(Outcome.FAIL);
      assertThat(f.confidence()).isEqualTo(Confidence.HIGH);
      assertThat(suffix(f)).isEqualTo("telnet.shell");
    }
    int loginPort = TestDaemon.freeTcpPort();
    try (TestDaemon login = telnetd("printf 'HC2040 login: '; read user; printf 'Password: '; read pass; echo nope",
        loginPort)) {
      ServiceFact fact = new ServiceFact(new Subject.Service("127.0.0.1", loginPort, Transport.TCP, "telnet"), false,
          "", "", "", Map.of());
      Finding f = run(fact);
      assertThat(f.outcome()).as(login.log()).isEqualTo(Outcome.PASS);
      assertThat(f.messageArgs().get(1)).isEqualTo("HC2040 login:");
    }
  }

  /** A prompt that only looks like a shell, with nothing behind it, is still reported, but without certainty. */
  @Test
  @Timeout(60)
  void aPromptThatRunsNothingIsReportedWithMediumConfidence() throws Exception {
    int port = TestDaemon.freeTcpPort();
    try (TestDaemon fake = telnetd("printf 'Router> '; read line; sleep 5", port)) {
      ServiceFact fact = new ServiceFact(new Subject.Service("127.0.0.1", port, Transport.TCP, "telnet"), false,
          "", "", "", Map.of());
      Finding f = run(fact);
      assertThat(f.outcome()).as(fake.log()).isEqualTo(Outcome.FAIL);
      assertThat(f.confidence()).isEqualTo(Confidence.MEDIUM);
    }
  }

  @Test
  @Timeout(60)
  void anRtspStreamDescribedWithoutCredentialsFailsAndAskingForThemPasses() throws Exception {
    try (RtspServer open = new RtspServer("/live.sdp")) {
      ServiceFact fact = new ServiceFact(new Subject.Service("127.0.0.1", open.port(), Transport.TCP, "rtsp"), false,
          "", "", "RTSP/1.0 200 OK", Map.of());
      Finding f = run(fact);
      assertThat(f.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(f.messageArgs()).containsExactly("rtsp://127.0.0.1:" + open.port() + "/live.sdp");
      assertThat(((Transcript) f.evidence().getFirst()).lines()).extracting(Transcript.Line::text)
          .contains("RTSP/1.0 200 OK").anyMatch(t -> t.startsWith("SDP ") && t.contains("m=video"));
    }
    try (RtspServer locked = new RtspServer(null)) {
      ServiceFact fact = new ServiceFact(new Subject.Service("127.0.0.1", locked.port(), Transport.TCP, "rtsp"), false,
          "", "", "RTSP/1.0 200 OK", Map.of());
      Finding f = run(fact);
      assertThat(f.outcome()).isEqualTo(Outcome.PASS);
      assertThat(f.messageArgs().get(1)).isEqualTo(Integer.toString(OpenRtspStreams.PATHS.size()));
    }
  }

  /**
   * An RTSP server of a few lines: it answers DESCRIBE of {@code openPath} with a session description, every other
   * path with 404, or, when no open path is given, every path with 401 Digest.
   */
  private static final class RtspServer implements AutoCloseable {
    private final ServerSocket server;
    private final Thread thread;

    RtspServer(String openPath) throws IOException {
      server = new ServerSocket(0, 8, TestDaemon.LOOPBACK);
      thread = Thread.ofVirtual().start(() -> {
        while (!server.isClosed()) {
          try (Socket s = server.accept()) {
            String request = readHead(s.getInputStream());
            String first = request.lines().findFirst().orElse("");
            String cseq = request.lines().filter(l -> l.startsWith("CSeq:")).findFirst().orElse("CSeq: 0");
            String path = first.split(" ").length > 1 ? java.net.URI.create(first.split(" ")[1]).getPath() : "";
            String reply;
            if (openPath == null) {
              reply = "RTSP/1.0 401 Unauthorized\r\n" + cseq + "\r\nWWW-Authenticate: Digest realm=\"cam\", nonce=\"1\"\r\n\r\n";
            } else if (path.equals(openPath)) {
              String sdp = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=Front door\r\nt=0 0\r\nm=video 0 RTP/AVP 96\r\n"
                  + "a=rtpmap:96 H264/90000\r\n";
              reply = "RTSP/1.0 200 OK\r\n" + cseq + "\r\nContent-Type: application/sdp\r\nContent-Length: "
                  + sdp.length() + "\r\n\r\n" + sdp;
            } else {
              reply = "RTSP/1.0 404 Not Found\r\n" + cseq + "\r\n\r\n";
            }
            s.getOutputStream().write(reply.getBytes(StandardCharsets.US_ASCII));
          } catch (IOException closed) {
            return;
          }
        }
      });
    }

    private static String readHead(InputStream in) throws IOException {
      StringBuilder b = new StringBuilder();
      int c;
      while ((c = in.read()) >= 0 && b.length() < 8192) {
        b.append((char) c);
        if (b.toString().endsWith("\r\n\r\n")) {
          break;
        }
      }
      return b.toString();
    }

    int port() {
      return server.getLocalPort();
    }

    @Override
    public void close() throws Exception {
      server.close();
      thread.join(2000);
    }
  }

  @Test
  void payloadExcerptsAreShortAndPrintable() {
    assertThat(AnonymousMqtt.excerpt("temperature=21.5".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("temperature=21.5 (16 bytes)");
    assertThat(AnonymousMqtt.excerpt(new byte[] {0, 1, 'a', (byte) 0xff}))
        .isEqualTo("..a. (4 bytes)");
    assertThat(AnonymousMqtt.excerpt("x".repeat(1000).getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("x".repeat(AnonymousMqtt.EXCERPT_CHARS) + "… (1000 bytes)");
  }

  @Test
  void unreachableServicesAreInconclusiveNotPassed() throws Exception {
    int port = TestDaemon.freeTcpPort();
    for (String protocol : List.of("ftp", "mqtt", "http", "rtsp", "telnet")) {
      ServiceFact fact = new ServiceFact(new Subject.Service("127.0.0.1", port, Transport.TCP, protocol), false, "", "",
          "", Map.of());
      Finding f = run(fact);
      assertThat(f.outcome()).as(protocol).isEqualTo(Outcome.INCONCLUSIVE);
    }
    assertThat(new InetSocketAddress(TestDaemon.LOOPBACK, port).getPort()).isEqualTo(port);
  }
}
