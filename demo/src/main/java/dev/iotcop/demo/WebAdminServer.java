package dev.iotcop.demo;

import com.sun.net.httpserver.BasicAuthenticator;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The demo camera's web interface: a public start page, an administration page behind HTTP basic authentication and a
 * security.txt. Served over plain HTTP, or over TLS with the protocol versions and suites given.
 */
public final class WebAdminServer implements AutoCloseable {
  private final HttpServer server;

  private WebAdminServer(HttpServer server, Account admin, String securityTxt, String model) {
    this.server = server;
    server.createContext("/", x -> respond(x, 200, "text/html",
        "<html><head><title>" + model + "</title></head><body><h1>" + model + "</h1><p>Live view requires login."
            + " <a href=\"/admin\">Administration</a></p></body></html>"));
    HttpContext adminContext = server.createContext("/admin", x -> respond(x, 200, "text/html",
        "<html><body><h1>Administration</h1><p>Firmware 2.4.1, Wi-Fi settings, users.</p></body></html>"));
    adminContext.setAuthenticator(new BasicAuthenticator("camera") {
      @Override
      public boolean checkCredentials(String user, String password) {
        return admin.matches(user, password);
      }
    });
    if (securityTxt != null) {
      server.createContext("/.well-known/security.txt", x -> respond(x, 200, "text/plain; charset=utf-8", securityTxt));
    }
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.start();
  }

  public static WebAdminServer http(InetAddress address, Account admin, String securityTxt, String model) throws IOException {
    HttpServer s = HttpServer.create(new InetSocketAddress(address, 0), 16);
    return new WebAdminServer(s, admin, securityTxt, model);
  }

  public static WebAdminServer https(InetAddress address, Account admin, String securityTxt, String model, SSLContext tls,
      List<String> protocols, List<String> suites) throws IOException {
    HttpsServer s = HttpsServer.create(new InetSocketAddress(address, 0), 16);
    s.setHttpsConfigurator(new HttpsConfigurator(tls) {
      @Override
      public void configure(HttpsParameters params) {
        SSLParameters p = tls.getDefaultSSLParameters();
        p.setProtocols(protocols.toArray(String[]::new));
        p.setCipherSuites(suites.toArray(String[]::new));
        params.setSSLParameters(p);
      }
    });
    return new WebAdminServer(s, admin, securityTxt, model);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private static void respond(HttpExchange x, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().set("Content-Type", type);
    x.getResponseHeaders().set("Server", "DemoCam-httpd/2.4");
    x.sendResponseHeaders(status, bytes.length);
    try (var out = x.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
