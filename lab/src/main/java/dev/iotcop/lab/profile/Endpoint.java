package dev.iotcop.lab.profile;

/** One port a service opens: {@code name} is what {@code LabDevice.port(name)} answers to. */
public record Endpoint(String name, int port, Transport transport) {

  public Endpoint {
    Names.requireServiceName(name, "endpoint");
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("endpoint " + name + ": port " + port + " is outside 1..65535");
    }
  }

  @Override
  public String toString() {
    return name + " " + port + "/" + transport.label();
  }
}
