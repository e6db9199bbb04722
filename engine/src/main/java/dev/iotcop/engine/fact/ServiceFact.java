package dev.iotcop.engine.fact;

import dev.iotcop.engine.Subject;
import java.util.Map;
import java.util.Optional;

/**
 * A service identified by its handshake (not by its port number): the protocol it speaks, whether it speaks it inside
 * TLS, the product and version when the banner tells, and the raw banner. {@code attributes} holds protocol-specific
 * details other checks use (e.g. {@code http.auth=basic}, {@code ssdp.server=...}).
 */
public record ServiceFact(Subject.Service service, boolean tls, String product, String version, String banner, Map<String, String> attributes)
    implements Fact {

  public ServiceFact {
    product = product == null ? "" : product;
    version = version == null ? "" : version;
    banner = banner == null ? "" : banner;
    attributes = Map.copyOf(attributes);
  }

  @Override
  public Optional<Subject.Service> concerning() {
    return Optional.of(service);
  }

  public String protocol() {
    return service.protocol();
  }

  public String attribute(String key) {
    return attributes.getOrDefault(key, "");
  }
}
