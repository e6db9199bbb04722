package dev.iotcop.lab.profile;

import java.util.List;

/** avahi-daemon answering mDNS on UDP 5353 for the device's host name and the services in {@code publish}. */
public record AvahiService(String name, Integer port, List<MdnsRecord> publish) implements ServiceSpec {

  public AvahiService {
    name = Names.requireServiceName(name == null ? "mdns" : name, "service");
    port = port == null ? 5353 : port;
    if (port != 5353) {
      throw new IllegalArgumentException("avahi always answers on UDP 5353");
    }
    publish = publish == null ? List.of() : List.copyOf(publish);
  }

  @Override
  public String type() {
    return "avahi";
  }

  @Override
  public List<Endpoint> endpoints() {
    return List.of(new Endpoint(name, port, Transport.UDP));
  }

  @Override
  public List<String> requiredPrograms() {
    return List.of("avahi-daemon");
  }
}
