package dev.iotcop.net.proto.snmp;

import java.util.List;

/**
 * What an agent told about itself in answer to an SNMPv3 engine discovery request: its engine id, how often it has
 * booted, the seconds since the last boot, and the Report's variable bindings (usually usmStatsUnknownEngineIDs).
 */
public record EngineDiscovery(EngineId engineId, int engineBoots, int engineTime, List<VarBind> report) {
  /** usmStatsUnknownEngineIDs.0: the counter an agent reports to a request that named no engine. */
  public static final Oid UNKNOWN_ENGINE_IDS = Oid.parse("1.3.6.1.6.3.15.1.1.4.0");

  public EngineDiscovery {
    report = List.copyOf(report);
  }
}
