package dev.iotcop.lab.profile;

/**
 * A cap on concurrent connections, enforced by running the daemon in inetd mode under xinetd
 * ({@code instances} and {@code per_source}). Connections past the cap are accepted and closed at once, and xinetd
 * logs a {@code FAIL} line naming the limit.
 */
public record ConnectionCap(Integer maxConnections, Integer perSource) {

  public ConnectionCap {
    maxConnections = maxConnections == null ? 2 : maxConnections;
    perSource = perSource == null ? maxConnections : perSource;
    if (maxConnections < 1 || perSource < 1) {
      throw new IllegalArgumentException("connection caps must be at least 1");
    }
  }
}
