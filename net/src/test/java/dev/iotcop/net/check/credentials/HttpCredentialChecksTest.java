package dev.iotcop.net.check.credentials;

import static dev.iotcop.net.check.credentials.LoopbackChecks.context;
import static dev.iotcop.net.check.credentials.LoopbackChecks.fact;
import static dev.iotcop.net.check.credentials.LoopbackChecks.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.iotcop.engine.Confidence;
import dev.iotcop.engine.Finding;
import dev.iotcop.engine.Outcome;
import dev.iotcop.engine.Subject;
import dev.iotcop.engine.check.CheckResult;
import dev.iotcop.engine.evidence.HttpExchange;
import dev.iotcop.net.proto.TestBytes;
import dev.iotcop.net.proto.TestDaemon;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The web default-credentials check against lighttpd with Basic and Digest authentication and CGI login pages. */
class HttpCredentialChecksTest {
  private static final String INDEX_WITH_ADMIN_LINK = """
      <!DOCTYPE html><html><head><title>HC2040 IP Camera</title></head>
      <body><h1>HC2040 IP Camera</h1><p><a href="/admin/">Administration</a></p></body></html>
      """;

  @TempDir
  Path directory;

  private record Lighttpd(TestDaemon daemon, Subject.Service service) implements AutoCloseable {
    @Override
    public void close() {
      daemon.close();
    }
  }

  /** lighttpd serving {@code pages} with {@code users} (user:password lines) and the auth rules given. */
  private Lighttpd lighttpd(Map<String, String> pages, String users, String authRequire) throws Exception {
    return lighttpd(pages, users, authRequire, "");
  }

  private Lighttpd lighttpd(Map<String, String> pages, String users, String authRequire, String extraConfig)
      throws Exception {
    Path lighttpd = TestDaemon.requireProgram("/usr/sbin/lighttpd");
    assumeTrue("root".equals(System.getProperty("user.name")), "lighttpd is configured to run as root");
    Path www = Files.createDirectories(directory.resolve("www"));
    for (var page : pages.entrySet()) {
      Path file = www.resolve(page.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, page.getValue());
    }
    for (String cgi : List.of("login.cgi", "anyauth.cgi", "bearer.cgi")) {
      Files.write(www.resolve(cgi), TestBytes.resource(getClass(), cgi));
    }
    Files.writeString(directory.resolve("users"), users);
    int port = TestDaemon.freeTcpPort();
    Files.writeString(directory.resolve("lighttpd.conf"), """
        server.document-root = "%1$s/www"
        server.bind = "127.0.0.1"
        server.port = %2$d
        server.tag = "HC2040-httpd/1.0"
        server.modules += ( "mod_auth", "mod_authn_file", "mod_cgi" )
        mimetype.assign = ( ".html" => "text/html; charset=utf-8" )
        index-file.names = ( "index.html", "anyauth.cgi" )
        cgi.assign = ( ".cgi" => "/bin/sh" )
        auth.backend = "plain"
        auth.backend.plain.userfile = "%1$s/users"
        auth.require = ( %3$s )
        %4$s
        """.formatted(directory, port, authRequire, extraConfig));
    TestDaemon daemon = TestDaemon.start(directory, "lighttpd", Map.of(), List.of(lighttpd.toString(), "-D", "-f",
        directory.resolve("lighttpd.conf").toString()));
    daemon.awaitTcp(port, Duration.ofSeconds(10));
    return new Lighttpd(daemon, LoopbackChecks.tcp(port, "http"));
  }

  private static CheckResult check(Lighttpd web) throws InterruptedException {
    return new HttpDefaultCredentialsCheck().run(context(LoopbackChecks.politeness(), fact(web.service())), web.service());
  }

  private static final String BASIC_ADMIN =
      "\"/admin/\" => ( \"method\" => \"basic\", \"realm\" => \"HC2040\", \"require\" => \"valid-user\" )";

  @Test
  @Timeout(60)
  void findsBasicAdminAdminBehindALinkFromTheStartPage() throws Exception {
    try (Lighttpd web = lighttpd(Map.of("index.html", INDEX_WITH_ADMIN_LINK, "admin/index.html", "<h1>Camera settings</h1>"),
        "admin:admin\n", BASIC_ADMIN)) {
      CheckResult r = check(web);
      Finding f = only(r);
      assertThat(f.outcome()).as(f.toString()).isEqualTo(Outcome.FAIL);
      assertThat(f.confidence()).isEqualTo(Confidence.HIGH);
      assertThat(f.messageKey()).isEqualTo("check.net.http.default-credentials.found");
      assertThat(f.messageArgs()).startsWith("admin", "1");
      assertThat(LoopbackChecks.credential(f).orElseThrow().password().reveal()).isEqualTo("admin");
      HttpExchange x = f.evidence().stream().filter(HttpExchange.class::isInstance).map(HttpExchange.class::cast)
          .findFirst().orElseThrow();
      assertThat(x.status()).isEqualTo(200);
      assertThat(x.url()).endsWith("/admin/");
      assertThat(x.bodyExcerpt()).contains("Camera settings");
      assertThat(x.headers()).doesNotContainKey("Authorization");
      assertThat(r.facts()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("refusals", "loginAccepted").containsExactly(new AuthenticationFact(web.service(), "http-basic", "/admin/"));
    }
  }

  @Test
  @Timeout(60)
  void findsDigestCredentialsAndRespectsWhoMayEnter() throws Exception {
    try (Lighttpd web = lighttpd(Map.of("index.html", "<h1>Router</h1>"), "admin:admin\nuser:user\n",
        "\"/\" => ( \"method\" => \"digest\", \"realm\" => \"router\", \"require\" => \"user=user\" )")) {
      CheckResult r = check(web);
      Finding f = only(r);
      assertThat(f.outcome()).as(f.toString()).isEqualTo(Outcome.FAIL);
      assertThat(f.messageArgs().getFirst()).as("admin/admin is valid but not allowed in").isEqualTo("user");
      assertThat(r.facts()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("refusals", "loginAccepted").containsExactly(new AuthenticationFact(web.service(), "http-digest", "/"));
    }
  }

  @Test
  @Timeout(90)
  void refusingTheListPassesAndLighttpdsDelayOnBadCredentialsIsSeen() throws Exception {
    try (Lighttpd web = lighttpd(Map.of("index.html", INDEX_WITH_ADMIN_LINK, "admin/index.html", "settings"),
        "admin:Qv7-unlisted-Zp2\n", BASIC_ADMIN)) {
      CheckResult r = check(web);
      Finding f = only(r);
      assertThat(f.outcome()).as(f.toString()).isEqualTo(Outcome.PASS);
      assertThat(f.messageArgs()).containsExactly(Integer.toString(DefaultCredentialTrial.GENERIC_LIMIT));
      Finding bf = only(new BruteForceResistanceCheck().run(
          context(LoopbackChecks.politeness(), fact(web.service()), r.facts().getFirst()), web.service()));
      assertThat(bf.outcome()).as(bf.toString()).isEqualTo(Outcome.PASS);
      assertThat(bf.messageKey()).isEqualTo("check.net.login.brute-force-resistance.delay");
    }
  }

  @Test
  @Timeout(60)
  void withoutItsDelayLighttpdShowsNoThrottling() throws Exception {
    try (Lighttpd web = lighttpd(Map.of("admin/index.html", "settings"), "admin:Qv7-unlisted-Zp2\n", BASIC_ADMIN,
        "server.feature-flags += ( \"auth.delay-invalid-creds\" => \"disable\" )")) {
      Subject.Service s = web.service();
      Finding bf = only(new BruteForceResistanceCheck().run(
          context(LoopbackChecks.politeness(), fact(s), new AuthenticationFact(s, "http-basic", "/admin/")), s));
      assertThat(bf.outcome()).as(bf.toString()).isEqualTo(Outcome.FAIL);
      assertThat(bf.confidence()).isEqualTo(Confidence.LOW);
      assertThat(bf.messageKey()).isEqualTo("check.net.login.brute-force-resistance.unthrottled");
    }
  }

  @Test
  @Timeout(60)
  void findsALoginFormAndJudgesAgainstTheWrongPasswordAnswer() throws Exception {
    Files.writeString(directory.resolve("form-account"), "username=admin&password=1234");
    try (Lighttpd web = lighttpd(Map.of("index.html", "<a href=\"login.cgi\">Log in</a>", "status.html", "ok"), "",
        BASIC_ADMIN)) {
      CheckResult r = check(web);
      Finding f = only(r);
      assertThat(f.outcome()).as(f.toString()).isEqualTo(Outcome.FAIL);
      assertThat(f.confidence()).isEqualTo(Confidence.MEDIUM);
      assertThat(f.messageArgs().getFirst()).isEqualTo("admin");
      assertThat(LoopbackChecks.credential(f).orElseThrow().password().reveal()).isEqualTo("1234");
      assertThat(r.facts()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("refusals", "loginAccepted").containsExactly(new AuthenticationFact(web.service(), "http-form", "/login.cgi"));
    }
  }

  @Test
  @Timeout(60)
  void aFormRefusingEveryDefaultPasses() throws Exception {
    Files.writeString(directory.resolve("form-account"), "username=admin&password=Qv7unlistedZp2");
    try (Lighttpd web = lighttpd(Map.of("index.html", "<a href=\"login.cgi\">Log in</a>"), "", BASIC_ADMIN)) {
      Finding f = only(check(web));
      assertThat(f.outcome()).as(f.toString()).isEqualTo(Outcome.PASS);
    }
  }

  @Test
  @Timeout(60)
  void aPageThatTakesAnyCredentialsIsReportedAsSuch() throws Exception {
    try (Lighttpd web = lighttpd(Map.of(), "", BASIC_ADMIN)) {
      Finding f = only(check(web));
      assertThat(f.outcome()).as(f.toString()).isEqualTo(Outcome.FAIL);
      assertThat(f.messageKey()).isEqualTo("check.net.http.default-credentials.any-password");
    }
  }

  @Test
  @Timeout(60)
  void aChallengeNoPasswordCanAnswerIsInconclusive() throws Exception {
    try (Lighttpd web = lighttpd(Map.of("index.html", "<a href=\"/bearer.cgi\">API</a>"), "", BASIC_ADMIN)) {
      Finding f = only(check(web));
      assertThat(f.outcome()).as(f.toString()).isEqualTo(Outcome.INCONCLUSIVE);
      assertThat(f.messageKey()).isEqualTo("check.net.http.default-credentials.control-undetermined");
      assertThat(f.messageArgs().getFirst()).contains("Bearer");
    }
  }

  @Test
  @Timeout(60)
  void aSiteWithoutLoginIsOnlyNoted() throws Exception {
    try (Lighttpd web = lighttpd(Map.of("index.html", "<a href=\"/a.html\">a</a> <a href=\"/b.html\">b</a>", "a.html", "a",
        "b.html", "<a href=\"/\">home</a>"), "", BASIC_ADMIN)) {
      Finding f = only(check(web));
      assertThat(f.outcome()).isEqualTo(Outcome.INFO);
      assertThat(f.messageKey()).isEqualTo("check.net.http.default-credentials.no-login");
      assertThat(f.messageArgs()).containsExactly("3");
    }
  }
}
