package dev.iotcop.bench.peers;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * Where a tester would point hydra's http-get module: the first of a few usual paths that asks for HTTP
 * authentication (a 401 answer), found the way a person would find it, by asking.
 */
final class HttpLoginPaths {
  static final List<String> CANDIDATES = List.of("/", "/admin/", "/admin", "/login", "/cgi-bin/", "/setup");

  private HttpLoginPaths() {}

  static String protectedPath(String address, int port) {
    try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build()) {
      for (String path : CANDIDATES) {
        HttpRequest r = HttpRequest.newBuilder(URI.create("http://" + address + ":" + port + path)).timeout(Duration.ofSeconds(3)).GET().build();
        try {
          if (client.send(r, HttpResponse.BodyHandlers.discarding()).statusCode() == 401) {
            return path;
          }
        } catch (IOException e) {
          return "/";
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return "/";
        }
      }
    }
    return "/";
  }
}
