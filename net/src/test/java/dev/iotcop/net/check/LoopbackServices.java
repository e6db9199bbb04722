package dev.iotcop.net.check;

import dev.iotcop.engine.Subject;
import dev.iotcop.engine.Target;
import dev.iotcop.engine.Transport;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.engine.check.CheckResult;
import dev.iotcop.engine.check.Politeness;
import dev.iotcop.engine.check.TestContexts;
import dev.iotcop.engine.fact.Facts;
import dev.iotcop.engine.fact.ServiceFact;
import dev.iotcop.net.identify.IdentifyCheck;
import dev.iotcop.net.proto.TestDaemon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test support: a loopback target, services identified by the real identification check, and config writers. */
public final class LoopbackServices {
  public static final Target.NetworkDevice TARGET =
      new Target.NetworkDevice("loopback", TestDaemon.LOOPBACK, Optional.empty(), "", "");
  public static final Politeness QUICK = Politeness.standard().withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3));

  private LoopbackServices() {}

  public static CheckContext context(Facts facts) {
    return TestContexts.context(TARGET, facts, QUICK);
  }

  /** Identifies a TCP port on 127.0.0.1 the way an assessment does, and returns its service fact. */
  public static ServiceFact identify(int port) throws InterruptedException {
    Subject.Service open = new Subject.Service("127.0.0.1", port, Transport.TCP, "unknown");
    CheckResult r = new IdentifyCheck().run(context(Facts.empty()), open);
    return (ServiceFact) r.facts().getFirst();
  }

  /** A lighttpd serving {@code pages} (path to HTML) from a directory, with Basic authentication on {@code protectedPath}. */
  public static TestDaemon lighttpd(Path directory, int port, Map<String, String> pages, Optional<String> protectedPath)
      throws IOException {
    return lighttpd(directory, port, pages, protectedPath, "");
  }

  /** As above, with more lighttpd configuration lines (TLS, redirects). */
  public static TestDaemon lighttpd(Path directory, int port, Map<String, String> pages, Optional<String> protectedPath,
      String extraConfig) throws IOException {
    Path lighttpd = TestDaemon.requireProgram("/usr/sbin/lighttpd");
    Files.createDirectories(directory);
    Path root = Files.createDirectories(directory.resolve("www"));
    for (Map.Entry<String, String> page : pages.entrySet()) {
      Path file = root.resolve(page.getKey().substring(1));
      Files.createDirectories(file.getParent());
      Files.writeString(file, page.getValue());
    }
    Files.writeString(directory.resolve("users"), "admin:admin\n");
    String auth = protectedPath.map(p -> """
        server.modules += ("mod_auth", "mod_authn_file")
        auth.backend = "plain"
        auth.backend.plain.userfile = "%s"
        auth.require = ("%s" => ("method" => "basic", "realm" => "device", "require" => "valid-user"))
        """.formatted(directory.resolve("users"), p)).orElse("");
    Path config = directory.resolve("lighttpd.conf");
    Files.writeString(config, """
        server.document-root = "%s"
        server.bind = "127.0.0.1"
        server.port = %d
        server.errorlog = "%s"
        index-file.names = ("index.html")
        mimetype.assign = (".html" => "text/html", ".txt" => "text/plain", ".xml" => "text/xml")
        %s
        %s
        """.formatted(root, port, directory.resolve("lighttpd-error.log"), auth, extraConfig));
    TestDaemon daemon = TestDaemon.start(directory, "lighttpd", Map.of(), List.of(lighttpd.toString(), "-D", "-f",
        config.toString()));
    daemon.awaitTcp(port, Duration.ofSeconds(10));
    return daemon;
  }
}
