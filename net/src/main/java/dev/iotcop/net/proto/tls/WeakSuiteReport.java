package dev.iotcop.net.proto.tls;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Weak cipher suites a server chose when offered nothing better. {@code incomplete} lists the weaknesses for which the
 * handshake budget ran out before the server refused, so more suites of that kind may be accepted.
 */
public record WeakSuiteReport(
    TlsVersion version,
    Map<SuiteWeakness, List<CipherSuite>> accepted,
    Set<SuiteWeakness> incomplete,
    int handshakes) {

  public WeakSuiteReport {
    accepted = Map.copyOf(accepted);
    incomplete = Set.copyOf(incomplete);
  }

  /** Every weak suite seen, each once. */
  public Set<CipherSuite> acceptedSuites() {
    Set<CipherSuite> all = new LinkedHashSet<>();
    for (SuiteWeakness w : SuiteWeakness.values()) {
      all.addAll(accepted.getOrDefault(w, List.of()));
    }
    return all;
  }

  public boolean anyAccepted() {
    return accepted.values().stream().anyMatch(l -> !l.isEmpty());
  }
}
