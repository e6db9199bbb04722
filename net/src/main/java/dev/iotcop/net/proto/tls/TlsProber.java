package dev.iotcop.net.proto.tls;

import dev.iotcop.net.proto.DeadlineInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.net.SocketFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;

/**
 * Learns what a TLS server accepts by sending our own ClientHellos, one connection per hello, and reading only up to
 * the ServerHello (or the Certificate message when asked). It never completes a handshake and sends no application
 * data. Every connection has a connect timeout, a read timeout and a byte cap.
 */
public final class TlsProber {
  /** More than enough for ServerHello plus a long certificate chain. */
  static final int MAX_BYTES_PER_HANDSHAKE = 512 * 1024;
  /** Stop reading a server flight after this many records' worth of events. */
  static final int MAX_EVENTS = 64;

  /** Where to probe; {@code serverName} is sent as SNI when it is a DNS name. */
  public record Endpoint(String host, int port, Optional<String> serverName, Duration connectTimeout, Duration readTimeout) {
    public Endpoint {
      if (port < 1 || port > 65535 || connectTimeout.isNegative() || readTimeout.isNegative()) {
        throw new IllegalArgumentException("bad port or timeout");
      }
    }

    public static Endpoint of(String host, int port, Duration timeout) {
      return new Endpoint(host, port, Optional.of(host), timeout, timeout);
    }
  }

  private final Endpoint endpoint;
  private final SocketFactory sockets;
  private final CipherSuiteRegistry registry;
  private final SecureRandom random = new SecureRandom();

  public TlsProber(Endpoint endpoint, SocketFactory sockets, CipherSuiteRegistry registry) {
    this.endpoint = endpoint;
    this.sockets = sockets;
    this.registry = registry;
  }

  /** Sends one hello and reads the answer; with {@code readCertificate} it reads on to the Certificate message. */
  public HelloOutcome sendHello(ClientHello hello, int recordVersion, boolean readCertificate) {
    try (Socket socket = connect()) {
      socket.getOutputStream().write(hello.toRecords(recordVersion));
      socket.getOutputStream().flush();
      return readAnswer(new DeadlineInputStream(socket.getInputStream(),
          DeadlineInputStream.budgetFor(endpoint.readTimeout())), readCertificate);
    } catch (SocketTimeoutException e) {
      return new HelloOutcome.Unreachable("connect timed out");
    } catch (IOException e) {
      return new HelloOutcome.Unreachable(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  static HelloOutcome readAnswer(InputStream in, boolean readCertificate) throws IOException {
    TlsEventReader reader = new TlsEventReader(in, MAX_BYTES_PER_HANDSHAKE);
    ServerHello serverHello = null;
    try {
      for (int i = 0; i < MAX_EVENTS; i++) {
        TlsEvent event = reader.next();
        switch (event) {
          case TlsEvent.Alert a -> {
            if (serverHello != null) {
              return new HelloOutcome.Negotiated(serverHello, Optional.empty());
            }
            return new HelloOutcome.Refused(Optional.of(a.alert()));
          }
          case TlsEvent.Closed c -> {
            return serverHello != null
                ? new HelloOutcome.Negotiated(serverHello, Optional.empty())
                : new HelloOutcome.Refused(Optional.empty());
          }
          case TlsEvent.Protected p -> {
            if (serverHello == null) {
              return new HelloOutcome.NotTls("protected record of type " + p.contentType() + " before any ServerHello");
            }
            return new HelloOutcome.Negotiated(serverHello, Optional.empty());
          }
          case TlsEvent.ChangeCipherSpec ccs -> {
            // TLS 1.3 servers send a dummy ChangeCipherSpec for middlebox compatibility; nothing to learn from it.
          }
          case TlsEvent.Handshake h -> {
            TlsHandshake m = h.message();
            if (serverHello == null) {
              if (m.type() != TlsHandshake.SERVER_HELLO) {
                return new HelloOutcome.NotTls("first handshake message has type " + m.type());
              }
              serverHello = ServerHello.decode(m.body().toByteArray());
              if (serverHello.isHelloRetryRequest()) {
                return new HelloOutcome.RetryRequested(serverHello);
              }
              if (!readCertificate || serverHello.negotiatedVersionCode() >= TlsVersion.TLS_1_3.code()) {
                return new HelloOutcome.Negotiated(serverHello, Optional.empty());
              }
            } else if (m.type() == TlsHandshake.CERTIFICATE) {
              return new HelloOutcome.Negotiated(serverHello,
                  Optional.of(CertificateMessage.decode(m.body().toByteArray())));
            } else if (m.type() == TlsHandshake.SERVER_HELLO_DONE) {
              return new HelloOutcome.Negotiated(serverHello, Optional.empty());
            }
          }
        }
      }
      return serverHello != null
          ? new HelloOutcome.Negotiated(serverHello, Optional.empty())
          : new HelloOutcome.NotTls("no ServerHello within " + MAX_EVENTS + " records");
    } catch (TlsProtocolException e) {
      if (serverHello != null) {
        return new HelloOutcome.Negotiated(serverHello, Optional.empty());
      }
      return new HelloOutcome.NotTls(e.getMessage()
          + (reader.firstByte() >= 0 ? String.format(" (first byte 0x%02x)", reader.firstByte()) : ""));
    } catch (SocketTimeoutException e) {
      if (serverHello != null) {
        return new HelloOutcome.Negotiated(serverHello, Optional.empty());
      }
      return reader.consumed() == 0
          ? new HelloOutcome.NoAnswer("read timed out")
          : new HelloOutcome.NotTls("incomplete answer before the read timeout");
    }
  }

  /** One hello offering exactly {@code version} and every suite a server could pick in it. */
  public HelloOutcome probeVersion(TlsVersion version) {
    List<Integer> suites = registry.usableIn(version).stream().map(CipherSuite::code).toList();
    return sendHello(hello(version, suites), ClientHelloBuilder.recordVersionFor(version), false);
  }

  /** One probe per version, oldest first: five connections. */
  public VersionSupport probeVersions() {
    Map<TlsVersion, HelloOutcome> outcomes = new EnumMap<>(TlsVersion.class);
    for (TlsVersion v : TlsVersion.values()) {
      outcomes.put(v, probeVersion(v));
    }
    return new VersionSupport(outcomes);
  }

  /**
   * Which weak suites the server picks when offered nothing else, at the given version (TLS 1.2 or lower). First one
   * hello offers every weak suite; when the server refuses it, that is the whole answer. Otherwise, per weakness, it
   * offers the suites of that kind, notes the one chosen, and offers the rest again, at most
   * {@code maxHandshakesPerWeakness} times.
   */
  public WeakSuiteReport probeWeakSuites(TlsVersion version, int maxHandshakesPerWeakness) {
    if (version == TlsVersion.TLS_1_3) {
      throw new IllegalArgumentException("TLS 1.3 defines no weak suites to probe");
    }
    int recordVersion = ClientHelloBuilder.recordVersionFor(version);
    Map<SuiteWeakness, List<CipherSuite>> accepted = new EnumMap<>(SuiteWeakness.class);
    Set<SuiteWeakness> incomplete = EnumSet.noneOf(SuiteWeakness.class);
    Set<CipherSuite> seen = new LinkedHashSet<>();
    List<Integer> allWeak = registry.usableIn(version).stream().filter(CipherSuite::weak).map(CipherSuite::code).toList();
    int handshakes = 1;
    Optional<CipherSuite> first = chosenSuite(sendHello(hello(version, allWeak), recordVersion, false), allWeak);
    if (first.isEmpty()) {
      return new WeakSuiteReport(version, accepted, incomplete, handshakes);
    }
    seen.add(first.get());
    for (SuiteWeakness weakness : SuiteWeakness.values()) {
      List<CipherSuite> found = new ArrayList<>(seen.stream().filter(s -> s.weaknesses().contains(weakness)).toList());
      List<Integer> candidates = new ArrayList<>(registry.usableIn(version).stream()
          .filter(s -> s.weaknesses().contains(weakness) && !seen.contains(s)).map(CipherSuite::code).toList());
      int attempts = 0;
      while (!candidates.isEmpty()) {
        if (attempts == maxHandshakesPerWeakness) {
          incomplete.add(weakness);
          break;
        }
        attempts++;
        handshakes++;
        Optional<CipherSuite> chosen = chosenSuite(sendHello(hello(version, candidates), recordVersion, false), candidates);
        if (chosen.isEmpty()) {
          break;
        }
        found.add(chosen.get());
        seen.add(chosen.get());
        candidates.remove(Integer.valueOf(chosen.get().code()));
      }
      if (!found.isEmpty()) {
        accepted.put(weakness, found);
      }
    }
    return new WeakSuiteReport(version, accepted, incomplete, handshakes);
  }

  private Optional<CipherSuite> chosenSuite(HelloOutcome outcome, List<Integer> offered) {
    if (outcome instanceof HelloOutcome.Negotiated n && offered.contains(n.cipherSuite())) {
      return registry.byCode(n.cipherSuite());
    }
    return Optional.empty();
  }

  /**
   * The certificate chain: from the raw Certificate message at the highest accepted version up to TLS 1.2, or, for a
   * server that only speaks TLS 1.3, from a JDK handshake that trusts anything and is closed right after.
   */
  public ChainOutcome certificateChain(VersionSupport support) {
    Optional<TlsVersion> raw = support.highestAcceptedUpTo12();
    if (raw.isPresent()) {
      TlsVersion v = raw.get();
      List<Integer> suites = registry.usableIn(v).stream().filter(CipherSuite::certificateBased)
          .map(CipherSuite::code).toList();
      HelloOutcome outcome = sendHello(hello(v, suites), ClientHelloBuilder.recordVersionFor(v), true);
      if (outcome instanceof HelloOutcome.Negotiated n && n.certificate().isPresent()) {
        try {
          List<X509Certificate> chain = n.certificate().get().toX509();
          if (!chain.isEmpty()) {
            return new ChainOutcome.Chain(chain, ChainOutcome.Source.RAW_HANDSHAKE);
          }
          return new ChainOutcome.Unavailable("server sent an empty certificate list");
        } catch (TlsProtocolException e) {
          return new ChainOutcome.Unavailable(e.getMessage());
        }
      }
      if (!support.accepted().contains(TlsVersion.TLS_1_3)) {
        return new ChainOutcome.Unavailable("no certificate in the " + v.label() + " handshake: " + outcome.summary());
      }
    }
    if (support.accepted().contains(TlsVersion.TLS_1_3)) {
      return chainViaJdk();
    }
    return new ChainOutcome.Unavailable("no protocol version was accepted");
  }

  private ChainOutcome chainViaJdk() {
    try (Socket plain = connect()) {
      SSLContext context = SSLContext.getInstance("TLSv1.3");
      context.init(null, new TrustManager[] {new ChainReadingTrustManager()}, random);
      try (SSLSocket tls = (SSLSocket) context.getSocketFactory()
          .createSocket(plain, endpoint.host(), endpoint.port(), true)) {
        SSLParameters params = tls.getSSLParameters();
        params.setProtocols(new String[] {"TLSv1.3"});
        params.setEndpointIdentificationAlgorithm(null);
        endpoint.serverName().filter(ClientHelloBuilder::isDnsName)
            .ifPresent(n -> params.setServerNames(List.of(new SNIHostName(n))));
        tls.setSSLParameters(params);
        tls.startHandshake();
        List<X509Certificate> chain = new ArrayList<>();
        for (Certificate c : tls.getSession().getPeerCertificates()) {
          if (c instanceof X509Certificate x) {
            chain.add(x);
          }
        }
        return chain.isEmpty()
            ? new ChainOutcome.Unavailable("TLSv1.3 handshake gave no X.509 certificate")
            : new ChainOutcome.Chain(chain, ChainOutcome.Source.JDK_HANDSHAKE);
      }
    } catch (SSLException e) {
      return new ChainOutcome.Unavailable("TLSv1.3 handshake failed: " + e.getMessage());
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      return new ChainOutcome.Unavailable(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private ClientHello hello(TlsVersion version, List<Integer> suites) {
    ClientHelloBuilder b = ClientHelloBuilder.forVersion(version).cipherSuites(suites);
    endpoint.serverName().ifPresent(b::serverName);
    return b.build(random);
  }

  private Socket connect() throws IOException {
    Socket socket = sockets.createSocket();
    try {
      socket.connect(new InetSocketAddress(endpoint.host(), endpoint.port()), millis(endpoint.connectTimeout()));
      socket.setSoTimeout(millis(endpoint.readTimeout()));
      return socket;
    } catch (IOException | RuntimeException e) {
      socket.close();
      throw e;
    }
  }

  private static int millis(Duration d) {
    return (int) Math.clamp(d.toMillis(), 1, Integer.MAX_VALUE);
  }
}
