package dev.iotcop.lab.profile;

import java.util.List;

/** A DNS-SD service avahi publishes, for example type {@code _http._tcp} on port 80. */
public record MdnsRecord(String instance, String type, Integer port, List<String> txt) {

  public MdnsRecord {
    instance = Names.requireLine(instance == null ? "device" : instance, "mDNS instance name");
    if (type == null || !type.matches("_[a-z0-9-]{1,15}\\._(tcp|udp)")) {
      throw new IllegalArgumentException("mDNS service type '" + type + "' must look like _http._tcp");
    }
    if (port == null || port < 1 || port > 65535) {
      throw new IllegalArgumentException("mDNS record " + type + " needs a port in 1..65535");
    }
    txt = txt == null ? List.of() : List.copyOf(txt);
    txt.forEach(t -> Names.requireLine(t, "TXT record"));
  }
}
