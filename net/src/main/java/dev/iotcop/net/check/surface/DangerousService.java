package dev.iotcop.net.check.surface;

import dev.iotcop.engine.Confidence;
import dev.iotcop.engine.Transport;
import dev.iotcop.engine.fact.ServiceFact;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/** One rule of {@code dangerous-services.csv}: which services it names, how sure a match is, and why it is listed. */
record DangerousService(String id, Transport transport, OptionalInt port, String protocol, Optional<Pattern> banner,
    Confidence confidence, String reason) {

  boolean matches(ServiceFact service) {
    return service.service().transport() == transport
        && (port.isEmpty() || port.getAsInt() == service.service().port())
        && (protocol.isEmpty() || protocol.equals(service.protocol()))
        && (banner.isEmpty() || banner.get().matcher(service.banner().strip()).find());
  }
}
