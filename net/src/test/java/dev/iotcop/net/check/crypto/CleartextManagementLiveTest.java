package dev.iotcop.net.check.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.iotcop.engine.Confidence;
import dev.iotcop.engine.Finding;
import dev.iotcop.engine.Outcome;
import dev.iotcop.engine.Subject;
import dev.iotcop.engine.Target;
import dev.iotcop.engine.Transport;
import dev.iotcop.engine.check.Politeness;
import dev.iotcop.engine.check.TestContexts;
import dev.iotcop.engine.evidence.HttpExchange;
import dev.iotcop.engine.evidence.Transcript;
import dev.iotcop.engine.fact.Facts;
import dev.iotcop.engine.fact.ServiceFact;
import dev.iotcop.net.proto.TestDaemon;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clear-text check against real daemons on 127.0.0.1: BusyBox telnetd, vsftpd, lighttpd and mosquitto. Each test
 * builds the service facts identification would have produced and runs the check on the device.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CleartextManagementLiveTest {
  private static final Target TARGET = new Target.NetworkDevice("127.0.0.1", TestDaemon.LOOPBACK, Optional.empty());
  private static final Subject.Device DEVICE = new Subject.Device("127.0.0.1");

  @TempDir
  Path dir;

  private final List<TestDaemon> daemons = new ArrayList<>();
  private final List<ServiceFact> facts = new ArrayList<>();

  private void service(int port, String protocol, boolean tls) {
    facts.add(new ServiceFact(new Subject.Service("127.0.0.1", port, Transport.TCP, protocol), tls, "", "", "", Map.of()));
  }

  private List<Finding> run() throws InterruptedException {
    try {
      CleartextManagementCheck check = new CleartextManagementCheck();
      Facts all = Facts.of(facts);
      assertThat(List.<Subject>copyOf(check.subjects(TARGET, all))).containsExactly(DEVICE);
      return check.run(TestContexts.context(TARGET, all, Politeness.standard()
          .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(4))), DEVICE).findings();
    } finally {
      daemons.forEach(TestDaemon::close);
    }
  }

  private static Optional<Finding> about(List<Finding> findings, int port) {
    return findings.stream().filter(f -> f.subject() instanceof Subject.Service s && s.port() == port).findFirst();
  }

  private static String key(Finding f) {
    return f.messageKey().substring("check.net.cleartext.management.".length());
  }

  private void open() throws IOException {
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private int vsftpd(String name, String... extra) throws IOException {
    Path vsftpd = TestDaemon.requireProgram("/usr/sbin/vsftpd");
    open();
    Path root = Files.createDirectories(dir.resolve(name + "-root"));
    Path empty = Files.createDirectories(dir.resolve(name + "-empty"));
    int port = TestDaemon.freeTcpPort();
    List<String> lines = new ArrayList<>(List.of("listen=YES", "listen_ipv6=NO", "listen_address=127.0.0.1",
        "listen_port=" + port, "background=NO", "seccomp_sandbox=NO", "xferlog_enable=YES", "log_ftp_protocol=YES",
        "vsftpd_log_file=" + dir.resolve(name + ".protocol.log"), "anon_root=" + root,
        "secure_chroot_dir=" + empty, "ftpd_banner=camera FTP", "pam_service_name=vsftpd"));
    lines.addAll(List.of(extra));
    Path file = dir.resolve(name + ".conf");
    Files.writeString(file, String.join("\n", lines) + "\n");
    TestDaemon d = TestDaemon.start(dir, name, Map.of(), List.of(vsftpd.toString(), file.toString()));
    daemons.add(d);
    d.awaitTcp(port, Duration.ofSeconds(10));
    return port;
  }

  private int lighttpd(String name, Map<String, String> pages, String protectedPath) throws IOException {
    Path lighttpd = TestDaemon.requireProgram("/usr/sbin/lighttpd");
    open();
    Path www = Files.createDirectories(dir.resolve(name + "-www"));
    for (var page : pages.entrySet()) {
      Path p = www.resolve(page.getKey().substring(1));
      Files.createDirectories(p.getParent());
      Files.writeString(p, page.getValue());
    }
    Files.writeString(dir.resolve(name + ".users"), "admin:admin\n");
    int port = TestDaemon.freeTcpPort();
    String config = """
        server.modules = ("mod_auth", "mod_authn_file")
        server.document-root = "%s"
        server.bind = "127.0.0.1"
        server.port = %d
        server.errorlog = "%s"
        index-file.names = ("index.html")
        mimetype.assign = (".html" => "text/html")
        """.formatted(www, port, dir.resolve(name + ".error.log"));
    if (protectedPath != null) {
      config += """
          auth.backend = "plain"
          auth.backend.plain.userfile = "%s"
          auth.require = ("%s" => ("method" => "basic", "realm" => "HC2040", "require" => "valid-user"))
          """.formatted(dir.resolve(name + ".users"), protectedPath);
    }
    Path file = dir.resolve(name + ".conf");
    Files.writeString(file, config);
    TestDaemon d = TestDaemon.start(dir, name, Map.of(), List.of(lighttpd.toString(), "-D", "-f", file.toString()));
    daemons.add(d);
    d.awaitTcp(port, Duration.ofSeconds(10));
    return port;
  }

  private int mosquitto(String name, boolean anonymous) throws IOException {
    Path mosquitto = TestDaemon.requireProgram("/usr/sbin/mosquitto");
    open();
    int port = TestDaemon.freeTcpPort();
    Path file = dir.resolve(name + ".conf");
    Files.writeString(file, "listener %d 127.0.0.1\nallow_anonymous %s\npersistence false\nlog_dest stdout\n"
        .formatted(port, anonymous));
    TestDaemon d = TestDaemon.start(dir, name, Map.of(), List.of(mosquitto.toString(), "-c", file.toString()));
    daemons.add(d);
    d.awaitTcp(port, Duration.ofSeconds(10));
    return port;
  }

  private int telnetd() throws IOException {
    Optional<Path> busybox = TestDaemon.findProgram(System.getenv().getOrDefault("IOTCOP_BUSYBOX_STATIC", "/nonexistent"),
        System.getenv().getOrDefault("IOTCOP_LAB_CACHE", "/var/cache/iotcop-lab") + "/busybox");
    assumeTrue(busybox.isPresent(), "BusyBox with telnetd not found (set IOTCOP_BUSYBOX_STATIC or run lab/setup-host.sh)");
    Path login = dir.resolve("test-login.sh");
    try (InputStream in = getClass().getResourceAsStream("/dev/iotcop/net/proto/telnet/test-login.sh")) {
      Files.write(login, in.readAllBytes());
    }
    Files.setPosixFilePermissions(login, PosixFilePermissions.fromString("rwx------"));
    Files.writeString(dir.resolve("mode"), "normal\n");
    int port = TestDaemon.freeTcpPort();
    TestDaemon d = TestDaemon.start(dir, "telnetd", Map.of(), List.of(busybox.get().toString(), "telnetd", "-F",
        "-p", Integer.toString(port), "-b", "127.0.0.1", "-l", login.toString(), "-f", "/dev/null"));
    daemons.add(d);
    d.awaitTcp(port, Duration.ofSeconds(10));
    return port;
  }

  @Test
  void cheapCameraServicesTakeCredentialsInClear() throws Exception {
    int http = lighttpd("cam", Map.of("/index.html", "<html><a href=\"/docs/\">Docs</a> <a href=\"/admin/\">Administration</a>",
        "/admin/index.html", "settings", "/docs/index.html", "manual"), "/admin");
    int ftp = vsftpd("ftp-local", "anonymous_enable=NO", "local_enable=YES");
    int mqtt = mosquitto("broker", false);
    service(http, "http", false);
    service(ftp, "ftp", false);
    service(mqtt, "mqtt", false);
    service(443, "https", true);
    List<Finding> findings = run();

    Finding web = about(findings, http).orElseThrow();
    assertThat(key(web)).isEqualTo("fail.http-basic");
    assertThat(web.confidence()).isEqualTo(Confidence.HIGH);
    assertThat(web.messageArgs()).containsExactly("http://127.0.0.1:" + http + "/admin/", "HC2040");
    assertThat(web.evidence()).singleElement().isInstanceOfSatisfying(HttpExchange.class,
        e -> assertThat(e.headers().get("WWW-Authenticate")).startsWith("Basic"));
    assertThat(web.provisions()).containsExactly("5.5-1", "5.5-6", "5.5-7");

    Finding files = about(findings, ftp).orElseThrow();
    assertThat(key(files)).isEqualTo("fail.ftp-login");
    Transcript t = (Transcript) files.evidence().getFirst();
    assertThat(t.lines()).filteredOn(l -> l.direction() == Transcript.Direction.SENT).extracting(Transcript.Line::text)
        .satisfiesExactly(feat -> assertThat(feat).isEqualTo("FEAT"), user -> assertThat(user).startsWith("USER iotcop-"),
            quit -> assertThat(quit).isEqualTo("QUIT"));
    assertThat(t.lines()).extracting(Transcript.Line::text).anyMatch(l -> l.startsWith("331"));
    assertThat(Files.readString(dir.resolve("ftp-local.protocol.log"))).contains("USER iotcop-").doesNotContain("PASS");

    Finding broker = about(findings, mqtt).orElseThrow();
    assertThat(key(broker)).isEqualTo("fail.mqtt-credentials");
    assertThat(broker.confidence()).isEqualTo(Confidence.MEDIUM);
    assertThat(broker.messageArgs()).containsExactly("NOT_AUTHORIZED");

    assertThat(findings).noneMatch(f -> f.subject() instanceof Subject.Device);
  }

  @Test
  void telnetShowsItsLoginPromptAndNothingIsTyped() throws Exception {
    int telnet = telnetd();
    service(telnet, "telnet", false);
    List<Finding> findings = run();
    Finding f = about(findings, telnet).orElseThrow();
    assertThat(key(f)).isEqualTo("fail.telnet-login");
    Transcript t = (Transcript) f.evidence().getFirst();
    assertThat(t.lines()).extracting(Transcript.Line::text).contains("device login:");
    assertThat(t.lines()).noneMatch(l -> l.direction() == Transcript.Direction.SENT);
  }

  @Test
  void aDeviceWhoseLoginsAreAllEncryptedPasses() throws Exception {
    Path openssl = TestDaemon.requireProgram("/usr/bin/openssl");
    open();
    TestCertificates.Issued cert = TestCertificates.make(dir, "ftps", "rsa:2048", "sha256", -1, 30, false, null);
    assertThat(openssl).exists();
    int ftp = vsftpd("ftp-tls", "anonymous_enable=NO", "local_enable=YES", "ssl_enable=YES",
        "rsa_cert_file=" + cert.certificate(), "rsa_private_key_file=" + cert.key(), "force_local_logins_ssl=YES");
    int http = lighttpd("status", Map.of("/index.html", "<html><p>All is well</p><a href=\"/about.html\">About</a>",
        "/about.html", "about"), null);
    int broker = mosquitto("open-broker", true);
    service(ftp, "ftp", false);
    service(http, "http", false);
    service(broker, "mqtt", false);
    service(22, "ssh", false);
    service(443, "https", true);
    service(1900, "ssdp", false);
    List<Finding> findings = run();
    assertThat(key(about(findings, ftp).orElseThrow())).isEqualTo("info.ftp-tls-required");
    assertThat(about(findings, http)).as("a web page without a login is no management interface").isEmpty();
    assertThat(key(about(findings, broker).orElseThrow())).isEqualTo("info.mqtt-anonymous");
    Finding device = findings.stream().filter(f -> f.subject().equals(DEVICE)).findFirst().orElseThrow();
    assertThat(device.outcome()).isEqualTo(Outcome.PASS);
    assertThat(device.provisions()).containsExactly("5.5-6", "5.5-7");
    assertThat(device.messageArgs()).containsExactly("2", "3");
  }

  @Test
  void loginFormsAndOptionalTlsAreFound() throws Exception {
    Path openssl = TestDaemon.requireProgram("/usr/bin/openssl");
    assertThat(openssl).exists();
    open();
    TestCertificates.Issued cert = TestCertificates.make(dir, "ftpes", "rsa:2048", "sha256", -1, 30, false, null);
    int ftp = vsftpd("ftp-optional", "anonymous_enable=NO", "local_enable=YES", "ssl_enable=YES",
        "rsa_cert_file=" + cert.certificate(), "rsa_private_key_file=" + cert.key(), "force_local_logins_ssl=NO",
        "force_local_data_ssl=NO");
    int anonymous = vsftpd("ftp-anon", "anonymous_enable=YES", "local_enable=NO");
    int http = lighttpd("router", Map.of("/index.html", "<html><a href=\"/cgi/login.html\">Sign in</a></html>",
        "/cgi/login.html", "<form method=post action=\"/cgi/auth\"><input name=u><input type=password name=p></form>"),
        null);
    service(ftp, "ftp", false);
    service(anonymous, "ftp", false);
    service(http, "http", false);
    List<Finding> findings = run();
    Finding optional = about(findings, ftp).orElseThrow();
    assertThat(key(optional)).isEqualTo("fail.ftp-login-tls-optional");
    assertThat(optional.messageArgs().get(1)).contains("TLS");
    assertThat(key(about(findings, anonymous).orElseThrow())).isEqualTo("info.ftp-no-login");
    Finding form = about(findings, http).orElseThrow();
    assertThat(key(form)).isEqualTo("fail.http-form");
    assertThat(form.messageArgs()).containsExactly("http://127.0.0.1:" + http + "/cgi/login.html",
        "http://127.0.0.1:" + http + "/cgi/auth");
    String protocol = Files.readString(dir.resolve("ftp-anon.protocol.log"), StandardCharsets.UTF_8);
    assertThat(protocol).as("what vsftpd received").contains("USER iotcop-").doesNotContain("PASS");
  }
}
