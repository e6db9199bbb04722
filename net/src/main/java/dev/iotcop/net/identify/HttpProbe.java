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
      Matcher m = SERVER.matcher(server.strip());
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

  static SocketHttpClient client(CheckContext ctx, Subject.Service service, boolean tls) {
    return new SocketHttpClient(new SocketHttpClient.Endpoint(service.address(), service.port(),
        tls ? Optional.of(SocketHttpClient.tlsAcceptingAnyCertificate()) : Optional.empty(),
        ctx.deadline().cap(ctx.politeness().connectTimeout()), ctx.deadline().cap(ctx.politeness().readTimeout())),
        new GatedSocketFactory(ctx.gate(), service));
  }
}
