package dev.iotcop.bench.peers;

/**
 * A weakness in a form both iotcop and the peer tools can be compared on: its kind, the TCP port it was seen on, and
 * a detail (user name, protocol version, weakness category, algorithm).
 */
record Issue(Kind kind, int port, String detail) implements Comparable<Issue> {
  enum Kind {
    OPEN_PORT,
    DEFAULT_CREDENTIAL,
    TLS_OLD_PROTOCOL,
    TLS_WEAK_CIPHER,
    CERT_EXPIRED,
    CERT_SELF_SIGNED,
    CERT_WEAK_KEY,
    CERT_WEAK_SIGNATURE,
    SSH_WEAK_ALGORITHM
  }

  @Override
  public int compareTo(Issue o) {
    int c = kind.compareTo(o.kind);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(port, o.port);
    return c != 0 ? c : detail.compareTo(o.detail);
  }

  @Override
  public String toString() {
    return kind + " " + port + (detail.isEmpty() ? "" : " " + detail);
  }
}
