package dev.iotcop.net.proto.tls;

import java.util.Optional;

/**
 * How a server answered one ClientHello. The variants keep three causes apart that reports must not blur: the port
 * does not speak TLS ({@link NotTls}), it speaks TLS but refused what we offered ({@link Refused}), or we could not
 * get an answer at all ({@link Unreachable}, {@link NoAnswer}). Certificate problems are a separate matter, judged by
 * {@link CertificateEvaluator} on a chain that was received.
 */
public sealed interface HelloOutcome {
  /** One line in plain words, for logs and evidence. */
  String summary();

  /** The server chose a version and suite; the certificate message is present only when it was asked for and sent. */
  record Negotiated(ServerHello serverHello, Optional<CertificateMessage> certificate) implements HelloOutcome {
    public int versionCode() {
      return serverHello.negotiatedVersionCode();
    }

    public Optional<TlsVersion> version() {
      return serverHello.negotiatedVersion();
    }

    public int cipherSuite() {
      return serverHello.cipherSuite();
    }

    @Override
    public String summary() {
      return String.format("handshake accepted: %s with suite 0x%04X", TlsVersion.describe(versionCode()), cipherSuite());
    }
  }

  /** TLS 1.3 HelloRetryRequest: the server speaks 1.3 but wants another key share group. */
  record RetryRequested(ServerHello serverHello) implements HelloOutcome {
    @Override
    public String summary() {
      return "TLSv1.3 accepted: server asked for a key share in group "
          + serverHello.selectedGroup().map(g -> String.format("0x%04X", g)).orElse("(none given)");
    }
  }

  /** The server speaks TLS but turned the hello down: a fatal alert, or a close with no answer. */
  record Refused(Optional<TlsAlert> alert) implements HelloOutcome {
    @Override
    public String summary() {
      return alert.map(a -> "handshake refused: server sent alert " + a)
          .orElse("handshake refused: server closed the connection without an answer");
    }
  }

  /** Bytes came back, but they are not TLS. */
  record NotTls(String reason) implements HelloOutcome {
    @Override
    public String summary() {
      return "TLS not spoken: " + reason;
    }
  }

  /** Connected and sent the hello, but nothing came back before the read timeout. */
  record NoAnswer(String reason) implements HelloOutcome {
    @Override
    public String summary() {
      return "no answer to the TLS hello: " + reason;
    }
  }

  /** Could not connect, or the connection broke. */
  record Unreachable(String reason) implements HelloOutcome {
    @Override
    public String summary() {
      return "could not reach the service: " + reason;
    }
  }
}
