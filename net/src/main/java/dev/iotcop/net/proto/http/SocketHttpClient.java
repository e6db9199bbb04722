package dev.iotcop.net.proto.http;

import dev.iotcop.net.proto.DeadlineInputStream;
import dev.iotcop.net.proto.tls.ChainReadingTrustManager;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import javax.net.SocketFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * A minimal HTTP/1.1 client: one request per connection, opened through the caller's {@link SocketFactory} (so the
 * caller decides timeouts and routing), optionally wrapped in TLS by the caller's {@link SSLSocketFactory}. It follows
 * no redirects and keeps no state; cookies and authentication are the caller's business.
 */
public final class SocketHttpClient {
  /** Where to connect; {@code tls} empty means plain HTTP. */
  public record Endpoint(String host, int port, Optional<SSLSocketFactory> tls, Duration connectTimeout,
      Duration readTimeout) {
    public Endpoint {
      if (port < 1 || port > 65535 || connectTimeout.isNegative() || readTimeout.isNegative()) {
        throw new IllegalArgumentException("bad port or timeout");
      }
    }

    /** The Host header value: the port is left out when it is the scheme's default. */
    public String authority() {
      String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
      int defaultPort = tls.isPresent() ? 443 : 80;
      return port == defaultPort ? h : h + ":" + port;
    }
  }

  private final Endpoint endpoint;
  private final SocketFactory sockets;
  private final HttpResponseReader reader;

  public SocketHttpClient(Endpoint endpoint, SocketFactory sockets, HttpResponseReader reader) {
    this.endpoint = endpoint;
    this.sockets = sockets;
    this.reader = reader;
  }

  public SocketHttpClient(Endpoint endpoint, SocketFactory sockets) {
    this(endpoint, sockets, new HttpResponseReader());
  }

  /** Sends the request on a new connection and reads the response; the connection is closed afterwards. */
  public HttpResponse send(HttpRequest request) throws IOException, HttpProtocolException {
    try (Socket plain = sockets.createSocket()) {
      plain.connect(new InetSocketAddress(endpoint.host(), endpoint.port()), millis(endpoint.connectTimeout()));
      plain.setSoTimeout(millis(endpoint.readTimeout()));
      if (endpoint.tls().isEmpty()) {
        return exchange(plain, request);
      }
      try (SSLSocket tls = (SSLSocket) endpoint.tls().get().createSocket(plain, endpoint.host(), endpoint.port(), true)) {
        if (isDnsName(endpoint.host())) {
          SSLParameters params = tls.getSSLParameters();
          params.setServerNames(java.util.List.of(new SNIHostName(endpoint.host())));
          tls.setSSLParameters(params);
        }
        tls.startHandshake();
        return exchange(tls, request);
      }
    }
  }

  /** Sends the request on a connection the caller owns and reads one response. */
  public HttpResponse exchange(Socket socket, HttpRequest request) throws IOException, HttpProtocolException {
    socket.getOutputStream().write(request.encode(endpoint.authority()));
    socket.getOutputStream().flush();
    InputStream in = new DeadlineInputStream(new BufferedInputStream(socket.getInputStream()),
        DeadlineInputStream.budgetFor(endpoint.readTimeout()));
    return reader.read(in, request.method());
  }

  /**
   * A TLS layer that accepts any server certificate. Devices mostly present self-signed certificates, and the
   * certificate is judged separately; use this only to reach the HTTP layer, never to send secrets that matter.
   */
  public static SSLSocketFactory tlsAcceptingAnyCertificate() {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {new ChainReadingTrustManager()}, new SecureRandom());
      return context.getSocketFactory();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK offers no TLS context", e);
    }
  }

  private static boolean isDnsName(String host) {
    return !host.isEmpty() && !host.contains(":") && !host.chars().allMatch(c -> Character.isDigit(c) || c == '.');
  }

  private static int millis(Duration d) {
    return (int) Math.clamp(d.toMillis(), 1, Integer.MAX_VALUE);
  }
}
