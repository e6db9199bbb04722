package dev.iotcop.net.check.credentials;

import java.util.List;

/** One row of {@code snmp-communities.csv}: a community string known as a default, rank 1 first. */
public record SnmpCommunity(String community, int rank, List<String> sources) {
  public SnmpCommunity {
    sources = List.copyOf(sources);
  }

  @Override
  public String toString() {
    return "SnmpCommunity[rank=" + rank + "]";
  }
}
