package dev.iotcop.net.identify;

import dev.iotcop.engine.Subject;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.net.check.GatedSocketFactory;
import dev.iotcop.net.proto.http.HttpProtocolException;
import dev.iotcop.net.proto.http.HttpRequest;
import dev.iotcop.net.proto.http.HttpResponse;
import dev.iotcop.net.proto.http.SocketHttpClient;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Asks for {@code /} over HTTP (inside TLS when the port speaks it); any HTTP response identifies a web server. */
final class HttpProbe implements ServiceProbe {
  private static final Pattern SERVER = Pattern.compile("^([^/\\s(]+)(?:/([^\\s(]+))?");
  private final boolean tls;

  HttpProbe(boolean tls) {
    this.tls = tls;
  }

  @Override
  public Optional<Identification> probe(CheckContext ctx, Subject.Service service) {
    SocketHttpClient client = client(ctx, service, tls);
    try {
      HttpResponse r = client.send(HttpRequest.get("/"));
      String server = r.headers().first("Server").orElse("");
      Matcher m = SERVER.matcher(productToken(server));
      String product = "";
      String version = "";
      if (m.find()) {
        product = m.group(1);
        version = m.group(2) == null ? "" : m.group(2);
      }
      Identification id = Identification.of("http", product, version, r.version() + " " + r.status() + (server.isEmpty() ? "" : ", Server: " + server))
          .with("http.status", Integer.toString(r.status()));
      return Optional.of(tls ? id.inTls() : id);
    } catch (IOException | HttpProtocolException e) {
      return Optional.empty();
    }
  }

  /**
   * The token of a Server header that names the web server: UPnP stacks write the operating system and the UPnP
   * version first ({@code Debian/12 UPnP/1.1 MiniUPnPd/2.3.1}), so those tokens are passed over.
   */
  static String productToken(String server) {
    String[] tokens = server.strip().split("\\s+");
    for (String t : tokens) {
      String name = t.contains("/") ? t.substring(0, t.indexOf('/')) : t;
      if (!NOT_PRODUCTS.contains(name.toLowerCase(java.util.Locale.ROOT)) && !name.startsWith("(")) {
        return t;
      }
    }
    return tokens.length == 0 ? "" : tokens[0];
  }

  private static final java.util.Set<String> NOT_PRODUCTS = java.util.Set.of("linux", "debian", "ubuntu", "unix", "upnp", "posix",
      "windows", "android", "freertos", "openwrt", "dlnadoc");

  static SocketHttpClient client(CheckContext ctx, Subject.Service service, boolean tls) {
    return new SocketHttpClient(new SocketHttpClient.Endpoint(service.address(), service.port(),
        tls ? Optional.of(SocketHttpClient.tlsAcceptingAnyCertificate()) : Optional.empty(),
        ctx.deadline().cap(ctx.politeness().connectTimeout()), ctx.deadline().cap(ctx.politeness().readTimeout())),
        new GatedSocketFactory(ctx.gate(), service));
  }
}
