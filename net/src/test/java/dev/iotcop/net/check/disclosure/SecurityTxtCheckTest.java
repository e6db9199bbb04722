package dev.iotcop.net.check.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iotcop.engine.Finding;
import dev.iotcop.engine.Outcome;
import dev.iotcop.engine.Subject;
import dev.iotcop.engine.Target;
import dev.iotcop.engine.Transport;
import dev.iotcop.engine.check.CheckResult;
import dev.iotcop.engine.check.TestContexts;
import dev.iotcop.engine.evidence.HttpExchange;
import dev.iotcop.engine.fact.Facts;
import dev.iotcop.engine.fact.ServiceFact;
import dev.iotcop.net.check.LoopbackServices;
import dev.iotcop.net.proto.TestDaemon;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * security.txt from a device's own web server (lighttpd, plain HTTP) and from a manufacturer's site (lighttpd with TLS
 * and a certificate from a test CA that the check is told to trust), all on loopback.
 */
class SecurityTxtCheckTest {
  private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  @TempDir
  Path directory;

  private static String file(OffsetDateTime expires, boolean contact) {
    return (contact ? "Contact: mailto:security@vendor.example\n" : "") + "Expires: " + RFC3339.format(expires) + "\n"
        + "Policy: https://vendor.example/disclosure\n";
  }

  private static OffsetDateTime inDays(int days) {
    return OffsetDateTime.now(ZoneOffset.UTC).plusDays(days).withNano(0);
  }

  private static Finding runOn(Target.NetworkDevice target, Facts facts, Subject subject, SecurityTxtCheck check)
      throws InterruptedException {
    CheckResult r = check.run(TestContexts.context(target, facts, LoopbackServices.QUICK), subject);
    assertThat(r.findings()).hasSize(1);
    return r.findings().getFirst();
  }

  private Finding device(Map<String, String> pages, String name) throws Exception {
    int port = TestDaemon.freeTcpPort();
    try (TestDaemon web = LoopbackServices.lighttpd(directory.resolve(name), port, pages, Optional.empty())) {
      ServiceFact fact = new ServiceFact(new Subject.Service("127.0.0.1", port, Transport.TCP, "http"), false, "", "", "",
          Map.of());
      Finding f = runOn(LoopbackServices.TARGET, Facts.of(List.of(fact)), fact.service(), new SecurityTxtCheck());
      assertThat(f.subject()).isEqualTo(fact.service());
      return f;
    }
  }

  @Test
  @Timeout(60)
  void aDeviceFileIsJudgedAndItsAbsenceIsOnlyInformation() throws Exception {
    Finding valid = device(Map.of("/.well-known/security.txt", file(inDays(180), true)), "valid");
    assertThat(valid.outcome()).as(valid.toString()).isEqualTo(Outcome.PASS);
    assertThat(valid.messageArgs().get(1)).isEqualTo("mailto:security@vendor.example");

    Finding expired = device(Map.of("/.well-known/security.txt", file(inDays(-3), true)), "expired");
    assertThat(expired.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(expired.messageKey()).isEqualTo(SecurityTxtCheck.key("expired"));

    Finding noContact = device(Map.of("/.well-known/security.txt", file(inDays(30), false)), "nocontact");
    assertThat(noContact.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(noContact.messageKey()).isEqualTo(SecurityTxtCheck.key("no-contact"));

    Finding legacy = device(Map.of("/security.txt", file(inDays(30), true)), "legacy");
    assertThat(legacy.outcome()).isEqualTo(Outcome.PASS);
    assertThat(legacy.messageArgs().getFirst()).endsWith("/security.txt");

    Finding missing = device(Map.of("/index.html", "<html>device</html>"), "missing");
    assertThat(missing.outcome()).isEqualTo(Outcome.INFO);
    assertThat(missing.messageKey()).isEqualTo(SecurityTxtCheck.key("missing-device"));
  }

  @Test
  @Timeout(30)
  void aStartPageServedForEveryPathIsNotAFile() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 4, TestDaemon.LOOPBACK)) {
      Thread thread = Thread.ofVirtual().start(() -> {
        for (int i = 0; i < 2; i++) {
          try (Socket s = server.accept()) {
            readHead(s.getInputStream());
            String page = "<!DOCTYPE html><p>app</p>";
            s.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + page.length()
                + "\r\n\r\n" + page).getBytes(StandardCharsets.US_ASCII));
          } catch (Exception e) {
            return;
          }
        }
      });
      ServiceFact fact = new ServiceFact(new Subject.Service("127.0.0.1", server.getLocalPort(), Transport.TCP, "http"),
          false, "", "", "", Map.of());
      Finding f = runOn(LoopbackServices.TARGET, Facts.of(List.of(fact)), fact.service(), new SecurityTxtCheck());
      thread.join(2000);
      assertThat(f.outcome()).isEqualTo(Outcome.INFO);
      assertThat(f.messageKey()).isEqualTo(SecurityTxtCheck.key("missing-device"));
    }
  }

  private static void readHead(InputStream in) throws Exception {
    StringBuilder b = new StringBuilder();
    int c;
    while (!b.toString().endsWith("\r\n\r\n") && (c = in.read()) >= 0) {
      b.append((char) c);
    }
  }

  @Test
  void withoutAVendorUrlThePolicyIsNotCheckedAndNeverPasses() throws Exception {
    SecurityTxtCheck check = new SecurityTxtCheck();
    List<Subject> subjects = List.copyOf(check.subjects(LoopbackServices.TARGET, Facts.empty()));
    assertThat(subjects).containsExactly(LoopbackServices.TARGET.subject());
    Finding f = runOn(LoopbackServices.TARGET, Facts.empty(), subjects.getFirst(), check);
    assertThat(f.outcome()).isEqualTo(Outcome.INFO);
    assertThat(f.messageKey()).isEqualTo(SecurityTxtCheck.key("not-checked"));
  }

  /** A test CA and a server certificate for 127.0.0.1 (or another name), made with openssl. */
  private record Pki(Path pem, SSLSocketFactory trusting) {}

  private Pki pki(String name, String subjectAltName) throws Exception {
    Path openssl = TestDaemon.requireProgram("/usr/bin/openssl");
    Path dir = Files.createDirectories(directory.resolve("pki-" + name));
    Files.writeString(dir.resolve("ext.cnf"), "subjectAltName=" + subjectAltName + "\n");
    run(dir, openssl.toString(), "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
        "-keyout", "ca.key", "-out", "ca.crt", "-days", "2", "-subj", "/CN=iotcop test CA");
    run(dir, openssl.toString(), "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
        "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=vendor site");
    run(dir, openssl.toString(), "x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key",
        "-CAcreateserial", "-out", "server.crt", "-days", "2", "-extfile", "ext.cnf");
    Path pem = dir.resolve("server.pem");
    Files.writeString(pem, Files.readString(dir.resolve("server.crt")) + Files.readString(dir.resolve("server.key")));
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    try (InputStream in = Files.newInputStream(dir.resolve("ca.crt"))) {
      trust.setCertificateEntry("ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
    }
    TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(trust);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, tmf.getTrustManagers(), null);
    return new Pki(pem, context.getSocketFactory());
  }

  private static void run(Path dir, String... command) throws Exception {
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
  }

  private Finding vendor(Pki pki, Map<String, String> pages, String extraConfig, String name) throws Exception {
    int port = TestDaemon.freeTcpPort();
    String tls = """
        server.modules += ("mod_openssl")
        ssl.engine = "enable"
        ssl.pemfile = "%s"
        %s
        """.formatted(pki.pem(), extraConfig);
    try (TestDaemon web = LoopbackServices.lighttpd(directory.resolve(name), port, pages, Optional.empty(), tls)) {
      return vendorAt(URI.create("https://127.0.0.1:" + port + "/products/cameras"), pki.trusting());
    }
  }

  private static Finding vendorAt(URI url, SSLSocketFactory trusting) throws InterruptedException {
    Target.NetworkDevice target = new Target.NetworkDevice("l", TestDaemon.LOOPBACK, Optional.of(url), "", "");
    SecurityTxtCheck check = new SecurityTxtCheck(() -> trusting);
    List<Subject> subjects = List.copyOf(check.subjects(target, Facts.empty()));
    assertThat(subjects).containsExactly(new Subject.Document(url.toString()));
    return runOn(target, Facts.empty(), subjects.getFirst(), check);
  }

  @Test
  @Timeout(90)
  void theVendorSiteIsJudgedOverCheckedTls() throws Exception {
    Pki pki = pki("ip", "IP:127.0.0.1");
    Finding valid = vendor(pki, Map.of("/.well-known/security.txt", file(inDays(200), true)), "", "v-valid");
    assertThat(valid.outcome()).as(valid.toString()).isEqualTo(Outcome.PASS);
    assertThat(valid.messageArgs().getFirst()).matches("https://127\\.0\\.0\\.1:\\d+/\\.well-known/security\\.txt");
    assertThat(valid.evidence()).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(HttpExchange.class,
        x -> assertThat(x.bodyExcerpt()).contains("Contact: mailto:security@vendor.example")));

    Finding missing = vendor(pki, Map.of("/index.html", "<html>vendor</html>"), "", "v-missing");
    assertThat(missing.outcome()).as(missing.toString()).isEqualTo(Outcome.FAIL);
    assertThat(missing.messageKey()).isEqualTo(SecurityTxtCheck.key("missing-vendor"));

    Finding away = vendor(pki, Map.of("/index.html", "x"),
        "server.modules += (\"mod_redirect\")\n"
            + "url.redirect = (\"^/(.well-known/)?security.txt$\" => \"https://127.0.0.2/security.txt\")", "v-away");
    assertThat(away.outcome()).as(away.toString()).isEqualTo(Outcome.INCONCLUSIVE);
    assertThat(away.messageKey()).isEqualTo(SecurityTxtCheck.key("redirected"));

    Finding invalid = vendor(pki, Map.of("/.well-known/security.txt", "Contact: http://vendor.example/report\nExpires: soon\n"),
        "", "v-invalid");
    assertThat(invalid.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(invalid.messageKey()).isEqualTo(SecurityTxtCheck.key("invalid"));
    assertThat(invalid.messageArgs().get(1)).contains("invalid expires");
  }

  @Test
  @Timeout(60)
  void aCertificateForAnotherNameOrNoServerIsInconclusive() throws Exception {
    Pki other = pki("name", "DNS:other.example");
    Finding wrongName = vendor(other, Map.of("/.well-known/security.txt", file(inDays(200), true)), "", "v-name");
    assertThat(wrongName.outcome()).as(wrongName.toString()).isEqualTo(Outcome.INCONCLUSIVE);
    assertThat(wrongName.messageKey()).isEqualTo(SecurityTxtCheck.key("unreachable"));

    int closed = TestDaemon.freeTcpPort();
    Finding down = vendorAt(URI.create("https://127.0.0.1:" + closed + "/"), other.trusting());
    assertThat(down.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
  }
}
