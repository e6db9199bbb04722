package dev.iotcop.lab.profile;

import java.util.List;
import java.util.Map;

/** Mosquitto MQTT broker: anonymous or with {@code users} (name to password), plain or with TLS. */
public record MosquittoService(
    String name, Integer port, Boolean anonymous, Map<String, String> users, TlsSettings tls) implements ServiceSpec {

  public MosquittoService {
    name = Names.requireServiceName(name == null ? "mqtt" : name, "service");
    port = port == null ? (tls == null ? 1883 : 8883) : port;
    anonymous = anonymous != null && anonymous;
    users = users == null ? Map.of() : Map.copyOf(users);
    users.forEach((u, p) -> {
      Names.requireAccountName(u);
      Names.requireLine(p, "mqtt password");
    });
    if (!anonymous && users.isEmpty()) {
      throw new IllegalArgumentException(name + ": a broker without anonymous access needs users");
    }
  }

  @Override
  public String type() {
    return "mosquitto";
  }

  @Override
  public List<Endpoint> endpoints() {
    return List.of(new Endpoint(name, port, Transport.TCP));
  }

  @Override
  public List<String> requiredPrograms() {
    return tls == null ? List.of("mosquitto", "mosquitto_passwd") : List.of("mosquitto", "mosquitto_passwd", "openssl");
  }
}
