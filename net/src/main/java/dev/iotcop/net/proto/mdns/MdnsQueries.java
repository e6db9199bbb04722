package dev.iotcop.net.proto.mdns;

import java.util.List;

/** Ready-made DNS-SD queries (RFC 6763). */
public final class MdnsQueries {
  public static final DnsName SERVICES = DnsName.parse("_services._dns-sd._udp.local");

  private MdnsQueries() {}

  /** Asks which service types a responder offers (the DNS-SD meta-query). */
  public static DnsMessage serviceTypes(int id, boolean unicastResponse) {
    return ptrQuery(id, SERVICES, unicastResponse);
  }

  /** Asks for the instances of one service type, e.g. {@code _http._tcp} (".local" is added when missing). */
  public static DnsMessage serviceInstances(int id, String serviceType, boolean unicastResponse) {
    DnsName type = DnsName.parse(serviceType);
    List<String> labels = type.labels();
    if (labels.isEmpty() || !labels.getLast().equalsIgnoreCase("local")) {
      type = DnsName.parse(serviceType + ".local");
    }
    return ptrQuery(id, type, unicastResponse);
  }

  public static DnsMessage ptrQuery(int id, DnsName name, boolean unicastResponse) {
    return new DnsMessage(id, 0, List.of(new DnsQuestion(name, DnsType.PTR, DnsType.CLASS_IN, unicastResponse)),
        List.of(), List.of(), List.of());
  }
}
