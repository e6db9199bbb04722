package dev.iotcop.net.proto.tls;

import java.security.cert.X509Certificate;
import java.util.List;

/** The server's certificate chain, or why we could not read it. */
public sealed interface ChainOutcome {
  /** How the chain was obtained. */
  enum Source {
    /** From the plaintext Certificate message of a TLS 1.2-or-earlier handshake. */
    RAW_HANDSHAKE,
    /** From a JDK TLS 1.3 handshake whose trust manager accepts anything, used only to read the chain. */
    JDK_HANDSHAKE
  }

  record Chain(List<X509Certificate> certificates, Source source) implements ChainOutcome {
    public Chain {
      certificates = List.copyOf(certificates);
      if (certificates.isEmpty()) {
        throw new IllegalArgumentException("a chain has at least one certificate");
      }
    }

    public X509Certificate leaf() {
      return certificates.getFirst();
    }
  }

  /** No chain: no handshake succeeded, the chosen suite sends none, or the chain did not parse. */
  record Unavailable(String reason) implements ChainOutcome {}
}
