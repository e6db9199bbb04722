package dev.iotcop.net.discovery;

import dev.iotcop.net.identify.Identification;
import dev.iotcop.net.proto.snmp.EngineDiscovery;
import dev.iotcop.net.proto.snmp.EngineId;
import dev.iotcop.net.proto.snmp.PduType;
import dev.iotcop.net.proto.snmp.SnmpClient;
import dev.iotcop.net.proto.snmp.SnmpMessage;
import dev.iotcop.net.proto.snmp.SnmpValue;
import dev.iotcop.net.proto.snmp.SnmpVersion;
import dev.iotcop.net.proto.snmp.SystemGroup;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * SNMP: first the SNMPv3 engine discovery request, which agents answer without any credential, so an agent is found
 * whatever community or users it was given. Agents that speak only v1/v2c ignore it; for them one v2c GET of sysDescr
 * with the community {@code public} follows (a single well-known value, never a list).
 */
final class SnmpHello implements UdpHello {
  static final String PUBLIC = "public";

  @Override
  public String protocol() {
    return "snmp";
  }

  @Override
  public Set<Integer> usualPorts() {
    return Set.of(161);
  }

  @Override
  public Optional<Identification> ask(InetSocketAddress endpoint, Duration wait, int retries) throws IOException {
    SnmpClient client = new SnmpClient(endpoint, wait, retries);
    Optional<EngineDiscovery> engine = client.discoverEngine();
    if (engine.isPresent()) {
      EngineDiscovery d = engine.get();
      Identification id = Identification.of(protocol(), "", "", "SNMPv3 engine " + d.engineId())
          .with("snmp.v3", "engine-report")
          .with("snmp.engine-id", d.engineId().toString())
          .with("snmp.engine-format", format(d.engineId().content()))
          .with("snmp.engine-boots", Integer.toString(d.engineBoots()))
          .with("snmp.engine-time", Integer.toString(d.engineTime()));
      return Optional.of(d.engineId().enterprise().map(e -> id.with("snmp.engine-enterprise", Long.toString(e))).orElse(id));
    }
    Optional<SnmpMessage> answer = client.request(SnmpVersion.V2C, PUBLIC, PduType.GET_REQUEST, List.of(SystemGroup.SYS_DESCR));
    if (answer.isEmpty()) {
      return Optional.empty();
    }
    String description = answer.get().pdu().valueOf(SystemGroup.SYS_DESCR)
        .filter(v -> v instanceof SnmpValue.OctetString).map(v -> ((SnmpValue.OctetString) v).text()).orElse("");
    return Optional.of(Identification.of(protocol(), "", "", description.isEmpty() ? "SNMPv2c response" : description)
        .with("snmp.community.public", answer.get().pdu().errorStatus() == 0 ? "answered" : "error"));
  }

  static String format(EngineId.Content content) {
    return switch (content) {
      case EngineId.Content.Ipv4 a -> "ipv4";
      case EngineId.Content.Ipv6 a -> "ipv6";
      case EngineId.Content.Mac m -> "mac";
      case EngineId.Content.Text t -> "text";
      case EngineId.Content.Opaque o -> "octets";
      case EngineId.Content.EnterpriseSpecific e -> "enterprise-" + e.format();
      case EngineId.Content.Unstructured u -> "unstructured";
    };
  }
}
