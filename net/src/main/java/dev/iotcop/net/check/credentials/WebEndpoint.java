package dev.iotcop.net.check.credentials;

import dev.iotcop.engine.Subject;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.engine.check.DeadlineExceededException;
import dev.iotcop.engine.evidence.HttpExchange;
import dev.iotcop.net.check.GatedSocketFactory;
import dev.iotcop.net.proto.http.HttpProtocolException;
import dev.iotcop.net.proto.http.HttpRequest;
import dev.iotcop.net.proto.http.HttpResponse;
import dev.iotcop.net.proto.http.SocketHttpClient;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A web service of the device: sends one request per connection within the gate, and records exchanges as evidence. */
record WebEndpoint(Subject.Service service, boolean tls) {
  /** Response headers worth keeping in evidence; cookie values are left out. */
  private static final java.util.List<String> KEPT_HEADERS = java.util.List.of("Server", "WWW-Authenticate", "Location",
      "Content-Type", "Retry-After");

  HttpResponse send(CheckContext ctx, HttpRequest request) throws IOException, HttpProtocolException {
    Duration connect = ctx.deadline().cap(ctx.politeness().connectTimeout());
    Duration read = ctx.deadline().cap(ctx.politeness().readTimeout());
    if (connect.isZero() || read.isZero()) {
      throw new DeadlineExceededException(ctx.deadline().at());
    }
    SocketHttpClient client = new SocketHttpClient(new SocketHttpClient.Endpoint(service.address(), service.port(),
        tls ? Optional.of(SocketHttpClient.tlsAcceptingAnyCertificate()) : Optional.empty(), connect, read),
        new GatedSocketFactory(ctx.gate(), service));
    return client.send(request);
  }

  String url(String path) {
    return (tls ? "https://" : "http://") + service.endpoint() + path;
  }

  HttpExchange exchange(String method, String path, HttpResponse response) {
    return exchange(method, path, response, "");
  }

  /** The exchange as evidence; {@code secret}, when three characters or longer, is masked wherever the body shows it. */
  HttpExchange exchange(String method, String path, HttpResponse response, String secret) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (String name : KEPT_HEADERS) {
      response.headers().first(name).ifPresent(v -> headers.put(name, v));
    }
    if (!response.headers().all("Set-Cookie").isEmpty()) {
      headers.put("Set-Cookie", response.cookies().stream().map(c -> c.name() + "=…")
          .reduce((a, b) -> a + "; " + b).orElse("(unparsed)"));
    }
    String type = response.headers().first("Content-Type").orElse("").toLowerCase(Locale.ROOT);
    boolean text = type.isEmpty() || type.contains("text") || type.contains("json") || type.contains("xml");
    String body = text ? response.bodyText() : "";
    if (secret.length() >= 3) {
      body = body.replace(secret, "*".repeat(secret.length()));
    }
    return new HttpExchange(method, url(path), response.status(), headers, body);
  }
}
