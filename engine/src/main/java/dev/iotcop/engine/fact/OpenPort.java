package dev.iotcop.engine.fact;

import dev.iotcop.engine.Subject;
import dev.iotcop.engine.Transport;
import java.util.Optional;

/** A port that accepted a connection (TCP) or answered a probe (UDP). */
public record OpenPort(String address, int port, Transport transport) implements Fact {
  @Override
  public Optional<Subject.Service> concerning() {
    return Optional.of(new Subject.Service(address, port, transport, "unknown"));
  }
}
