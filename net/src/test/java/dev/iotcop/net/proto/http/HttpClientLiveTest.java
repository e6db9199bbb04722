package dev.iotcop.net.proto.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.iotcop.net.proto.LocalDaemon;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import javax.net.SocketFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The client against real lighttpd (Basic and Digest, plain and TLS) and nginx (Basic, chunked, cookies). */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HttpClientLiveTest {
  private static final String LIGHTTPD = "/usr/sbin/lighttpd";
  private static final String NGINX = "/usr/sbin/nginx";
  private static final String OPENSSL = "/usr/bin/openssl";
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  @TempDir
  static Path dir;
  private static LocalDaemon lighttpd;
  private static LocalDaemon nginx;
  private static int lighttpdTlsPort;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(LocalDaemon.executable(LIGHTTPD) && LocalDaemon.executable(NGINX) && LocalDaemon.executable(OPENSSL),
        "lighttpd, nginx or openssl is not installed");
    assumeTrue("root".equals(System.getProperty("user.name")), "the daemons are configured to run as root");
    assumeTrue(Files.exists(Path.of("/usr/lib/lighttpd/mod_openssl.so")), "lighttpd-mod-openssl is not installed");
    Path www = dir.resolve("www");
    Files.createDirectories(www.resolve("basic"));
    Files.createDirectories(www.resolve("digest"));
    Files.writeString(www.resolve("basic/index.html"), "basic ok\n");
    Files.writeString(www.resolve("digest/index.html"), "digest ok\n");
    Files.writeString(www.resolve("big.txt"), "lorem ipsum dolor sit amet ".repeat(300));
    Files.writeString(www.resolve("login.html"), "<html><body><form action=login method=POST>"
        + "<input name=user><input type=password name=pass></form></body></html>");
    Files.writeString(dir.resolve("htdigest"), "admin:iotcop:" + hex("MD5", "admin:iotcop:secret") + "\n"
        + "admin:iotcop:" + hex("SHA-256", "admin:iotcop:secret") + "\n");
    Files.writeString(dir.resolve("htpasswd"), "admin:{PLAIN}secret\n");
    Process req = new ProcessBuilder(OPENSSL, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "key.pem",
        "-out", "cert.pem", "-days", "2", "-subj", "/CN=web.iotcop.test").directory(dir.toFile())
        .redirectErrorStream(true).redirectOutput(dir.resolve("req.log").toFile()).start();
    assertThat(req.waitFor(60, TimeUnit.SECONDS)).isTrue();
    Files.writeString(dir.resolve("server.pem"),
        Files.readString(dir.resolve("cert.pem")) + Files.readString(dir.resolve("key.pem")));

    int port = LocalDaemon.freePort();
    lighttpdTlsPort = LocalDaemon.freePort();
    Files.writeString(dir.resolve("lighttpd.conf"), """
        server.document-root = "%1$s/www"
        server.bind = "127.0.0.1"
        server.port = %2$d
        server.modules += ( "mod_auth", "mod_authn_file", "mod_openssl" )
        mimetype.assign = ( ".html" => "text/html; charset=utf-8", ".txt" => "text/plain" )
        index-file.names = ( "index.html" )
        auth.backend = "htdigest"
        auth.backend.htdigest.userfile = "%1$s/htdigest"
        auth.require = ( "/basic/" => ( "method" => "basic", "realm" => "iotcop", "require" => "valid-user" ),
          "/digest/" => ( "method" => "digest", "realm" => "iotcop", "require" => "valid-user",
                          "algorithm" => "SHA-256|MD5" ) )
        $SERVER["socket"] == "127.0.0.1:%3$d" { ssl.engine = "enable" ssl.pemfile = "%1$s/server.pem" }
        """.formatted(dir, port, lighttpdTlsPort));
    lighttpd = LocalDaemon.start(List.of(LIGHTTPD, "-D", "-f", dir.resolve("lighttpd.conf").toString()), port, dir);

    int nginxPort = LocalDaemon.freePort();
    Files.createDirectories(dir.resolve("nginx"));
    Files.writeString(dir.resolve("nginx/nginx.conf"), """
        daemon off;
        user root;
        pid %1$s/nginx/nginx.pid;
        error_log %1$s/nginx/error.log;
        events { worker_connections 32; }
        http {
          access_log off;
          client_body_temp_path %1$s/nginx/body;
          proxy_temp_path %1$s/nginx/proxy;
          fastcgi_temp_path %1$s/nginx/fastcgi;
          uwsgi_temp_path %1$s/nginx/uwsgi;
          scgi_temp_path %1$s/nginx/scgi;
          types { text/html html; text/plain txt; }
          server {
            listen 127.0.0.1:%2$d;
            root %1$s/www;
            gzip on; gzip_min_length 1; gzip_types text/plain;
            location /basic/ { auth_basic "nginx-area"; auth_basic_user_file %1$s/htpasswd; }
            location = /big.txt {
              add_header Set-Cookie "session=abc123; Path=/; HttpOnly; Secure; SameSite=Lax";
              add_header Set-Cookie "theme=dark";
            }
          }
        }
        """.formatted(dir, nginxPort));
    nginx = LocalDaemon.start(List.of(NGINX, "-p", dir.resolve("nginx").toString(), "-c",
        dir.resolve("nginx/nginx.conf").toString()), nginxPort, dir);
  }

  @AfterAll
  static void stop() {
    if (nginx != null) {
      nginx.close();
    }
    if (lighttpd != null) {
      lighttpd.close();
    }
  }

  private static String hex(String alg, String text) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance(alg).digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static SocketHttpClient client(int port) {
    return new SocketHttpClient(new SocketHttpClient.Endpoint("127.0.0.1", port, Optional.empty(), TIMEOUT, TIMEOUT),
        SocketFactory.getDefault());
  }

  @Test
  void digestWithEachOfferedAlgorithm() throws Exception {
    SocketHttpClient c = client(lighttpd.port());
    HttpResponse challenge = c.send(HttpRequest.get("/digest/"));
    assertThat(challenge.status()).isEqualTo(401);
    List<AuthChallenge> offered = challenge.challenges();
    assertThat(offered).extracting(a -> DigestChallenge.from(a).algorithm())
        .containsExactly(DigestAlgorithm.SHA_256, DigestAlgorithm.MD5);
    for (AuthChallenge a : offered) {
      DigestChallenge d = DigestChallenge.from(a);
      String good = HttpAuthorization.digest(d, "admin", "secret", "GET", "/digest/", "0a4f113b", 1);
      HttpResponse ok = c.send(HttpRequest.get("/digest/").withHeader("Authorization", good));
      assertThat(ok.status()).as(d.algorithm().token()).isEqualTo(200);
      assertThat(ok.bodyText()).isEqualTo("digest ok\n");
      String bad = HttpAuthorization.digest(d, "admin", "wrong", "GET", "/digest/", "0a4f113b", 2);
      assertThat(c.send(HttpRequest.get("/digest/").withHeader("Authorization", bad)).status()).isEqualTo(401);
    }
  }

  @Test
  void basicOnLighttpdAndNginx() throws Exception {
    for (int port : new int[] {lighttpd.port(), nginx.port()}) {
      SocketHttpClient c = client(port);
      HttpResponse challenge = c.send(HttpRequest.get("/basic/"));
      assertThat(challenge.status()).isEqualTo(401);
      assertThat(challenge.challenges()).anyMatch(a -> a.isScheme("Basic"));
      assertThat(c.send(HttpRequest.get("/basic/").withHeader("Authorization", HttpAuthorization.basic("admin",
          "secret"))).bodyText()).isEqualTo("basic ok\n");
      assertThat(c.send(HttpRequest.get("/basic/").withHeader("Authorization", HttpAuthorization.basic("admin",
          "nope"))).status()).isEqualTo(401);
    }
  }

  @Test
  void nginxChunkedGzipWithCookies() throws Exception {
    HttpResponse r = client(nginx.port()).send(HttpRequest.get("/big.txt").withHeader("Accept-Encoding", "gzip"));
    assertThat(r.headers().first("Transfer-Encoding")).contains("chunked");
    byte[] plain = new GZIPInputStream(new ByteArrayInputStream(r.body().toByteArray())).readAllBytes();
    assertThat(new String(plain, StandardCharsets.UTF_8)).isEqualTo("lorem ipsum dolor sit amet ".repeat(300));
    assertThat(r.cookies()).extracting(SetCookie::name).containsExactly("session", "theme");
    assertThat(r.cookies().getFirst().secure()).isTrue();
    assertThat(r.cookies().get(1).httpOnly()).isFalse();
  }

  @Test
  void headAndLoginFormOverTls() throws Exception {
    SocketHttpClient tls = new SocketHttpClient(new SocketHttpClient.Endpoint("127.0.0.1", lighttpdTlsPort,
        Optional.of(SocketHttpClient.tlsAcceptingAnyCertificate()), TIMEOUT, TIMEOUT), SocketFactory.getDefault());
    HttpResponse page = tls.send(HttpRequest.get("/login.html"));
    assertThat(page.status()).isEqualTo(200);
    List<LoginForm> forms = LoginFormDetector.detect(page.bodyText());
    assertThat(forms).singleElement().satisfies(f -> {
      assertThat(f.action()).isEqualTo("login");
      assertThat(f.method()).isEqualTo("POST");
      assertThat(f.passwordField()).isEqualTo("pass");
      assertThat(f.usernameField()).contains("user");
    });
    HttpResponse head = tls.send(HttpRequest.head("/login.html"));
    assertThat(head.status()).isEqualTo(200);
    assertThat(head.body().isEmpty()).isTrue();
    assertThat(head.headers().first("Content-Length")).isPresent();
  }

  @Test
  void smallBodyCapTruncates() throws Exception {
    SocketHttpClient c = new SocketHttpClient(new SocketHttpClient.Endpoint("127.0.0.1", lighttpd.port(),
        Optional.empty(), TIMEOUT, TIMEOUT), SocketFactory.getDefault(), new HttpResponseReader(10));
    HttpResponse r = c.send(HttpRequest.get("/big.txt"));
    assertThat(r.body().length()).isEqualTo(10);
    assertThat(r.truncated()).isTrue();
  }
}
