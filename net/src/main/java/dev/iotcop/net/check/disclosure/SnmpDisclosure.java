package dev.iotcop.net.check.disclosure;

import dev.iotcop.engine.Subject;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.engine.check.ConnectionGate;
import dev.iotcop.engine.check.DeadlineExceededException;
import dev.iotcop.engine.evidence.CredentialEvidence;
import dev.iotcop.engine.evidence.Evidence;
import dev.iotcop.engine.evidence.Observation;
import dev.iotcop.engine.evidence.Secret;
import dev.iotcop.engine.fact.ServiceFact;
import dev.iotcop.net.proto.Octets;
import dev.iotcop.net.proto.snmp.EngineId;
import dev.iotcop.net.proto.snmp.SnmpClient;
import dev.iotcop.net.proto.snmp.SnmpVersion;
import dev.iotcop.net.proto.snmp.SystemGroup;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an SNMP agent gives without a real credential: its SNMPv3 engine (id, boots, uptime) from the engine report
 * discovery already received, and the MIB-2 system group read once with the well-known community {@code public}
 * (SNMPv2c, then SNMPv1 for agents that speak only that). One community, never a list: guessing communities is not
 * this check's business.
 */
final class SnmpDisclosure {
  static final String COMMUNITY = "public";
  private static final Duration MAX_WAIT = Duration.ofSeconds(2);

  private SnmpDisclosure() {}

  static Reading read(CheckContext ctx, ServiceFact fact) throws InterruptedException {
    Subject.Service service = fact.service();
    List<Disclosure> items = new ArrayList<>(engine(fact));
    List<Evidence> evidence = new ArrayList<>();
    Optional<String> refused = ctx.logins().reserve(service, COMMUNITY);
    if (refused.isPresent()) {
      evidence.add(Observation.of("community " + COMMUNITY, "not tried: " + refused.get()));
      return Reading.of(items, evidence);
    }
    Duration wait = ctx.deadline().cap(ctx.politeness().readTimeout().dividedBy(2));
    wait = wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    if (wait.isZero()) {
      throw new DeadlineExceededException(ctx.deadline().at());
    }
    Optional<SystemGroup> system;
    try (ConnectionGate.Permit permit = ctx.gate().open(service)) {
      SnmpClient client = new SnmpClient(new InetSocketAddress(service.address(), service.port()), wait, 1);
      system = client.readSystemGroup(SnmpVersion.V2C, COMMUNITY);
      if (system.isEmpty()) {
        ctx.deadline().check();
        system = client.readSystemGroup(SnmpVersion.V1, COMMUNITY);
      }
    } catch (IOException e) {
      return new Reading(items, evidence, Optional.of("the agent could not be queried: " + e.getMessage()));
    }
    ctx.logins().record(service, COMMUNITY, system.isPresent());
    if (system.isEmpty()) {
      evidence.add(Observation.of("community", "the well-known default was not answered (SNMPv2c and SNMPv1)"));
      return Reading.of(items, evidence);
    }
    SystemGroup s = system.get();
    evidence.add(new CredentialEvidence("(community)", new Secret(COMMUNITY), true, "GetResponse to the system group"));
    items.add(new Disclosure(InfoKind.DEFAULT_COMMUNITY, "SNMP community", "community", "(well-known default)"));
    s.description().ifPresent(d -> items.add(new Disclosure(
        VersionText.precise(d).isPresent() ? InfoKind.FIRMWARE_VERSION : InfoKind.MODEL, "SNMP sysDescr", "sysDescr", d)));
    s.objectId().ifPresent(o -> items.add(new Disclosure(InfoKind.MODEL, "SNMP sysObjectID", "sysObjectID", o.toString())));
    s.name().ifPresent(n -> items.add(new Disclosure(InfoKind.DEVICE_NAME, "SNMP sysName", "sysName", n)));
    s.contact().ifPresent(c -> items.add(new Disclosure(InfoKind.DEVICE_NAME, "SNMP sysContact", "sysContact", c)));
    s.location().ifPresent(l -> items.add(new Disclosure(InfoKind.DEVICE_NAME, "SNMP sysLocation", "sysLocation", l)));
    return Reading.of(items, evidence);
  }

  /** What the engine report (read by UDP discovery without any credential) told. */
  static List<Disclosure> engine(ServiceFact fact) {
    List<Disclosure> items = new ArrayList<>();
    String id = fact.attribute("snmp.engine-id");
    if (id.isEmpty()) {
      return items;
    }
    items.add(new Disclosure(InfoKind.UNIQUE_ID, "SNMPv3 engine id", "engineID", id));
    try {
      switch (new EngineId(Octets.fromHex(id)).content()) {
        case EngineId.Content.Mac m -> items.add(new Disclosure(InfoKind.MAC_ADDRESS, "SNMPv3 engine id (MAC format)",
            "engineID", m.address()));
        case EngineId.Content.Text t -> items.add(new Disclosure(InfoKind.DEVICE_NAME, "SNMPv3 engine id (text)",
            "engineID", t.text()));
        default -> { }
      }
    } catch (IllegalArgumentException notHex) {
      // the attribute came from somewhere else than discovery; the raw text is already listed
    }
    String time = fact.attribute("snmp.engine-time");
    if (!time.isEmpty()) {
      items.add(new Disclosure(InfoKind.UPTIME, "SNMPv3 engine time and boots", "engineTime",
          time + " s, boots " + fact.attribute("snmp.engine-boots")));
    }
    return items;
  }
}
