package dev.iotcop.lab.profile;

import java.util.List;

/** Net-SNMP snmpd answering v1/v2c with the given communities and system group. */
public record SnmpService(
    String name, Integer port, String readCommunity, String writeCommunity, String sysDescr, String sysName,
    String sysLocation, String sysContact) implements ServiceSpec {

  public SnmpService {
    name = Names.requireServiceName(name == null ? "snmp" : name, "service");
    port = port == null ? 161 : port;
    readCommunity = community(readCommunity == null ? "public" : readCommunity);
    writeCommunity = writeCommunity == null ? null : community(writeCommunity);
    sysDescr = Names.requireLine(sysDescr == null ? "Linux" : sysDescr, "sysDescr");
    sysName = Names.requireLine(sysName, "sysName");
    sysLocation = Names.requireLine(sysLocation == null ? "unknown" : sysLocation, "sysLocation");
    sysContact = Names.requireLine(sysContact == null ? "unknown" : sysContact, "sysContact");
  }

  private static String community(String c) {
    if (!c.matches("[A-Za-z0-9_.-]{1,32}")) {
      throw new IllegalArgumentException("SNMP community '" + c + "' must be a plain word");
    }
    return c;
  }

  @Override
  public String type() {
    return "snmpd";
  }

  @Override
  public List<Endpoint> endpoints() {
    return List.of(new Endpoint(name, port, Transport.UDP));
  }

  @Override
  public List<String> requiredPrograms() {
    return List.of("snmpd");
  }
}
