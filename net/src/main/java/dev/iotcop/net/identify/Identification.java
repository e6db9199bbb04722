package dev.iotcop.net.identify;

import java.util.Map;

/** What a handshake revealed about a service: its protocol, whether it is inside TLS, product, version and banner. */
public record Identification(String protocol, boolean tls, String product, String version, String banner, Map<String, String> attributes) {
  public Identification {
    attributes = Map.copyOf(attributes);
    banner = banner == null ? "" : banner;
  }

  public static Identification of(String protocol, String product, String version, String banner) {
    return new Identification(protocol, false, product, version, banner, Map.of());
  }

  public Identification inTls() {
    String p = switch (protocol) {
      case "http" -> "https";
      case "mqtt" -> "mqtts";
      case "ftp" -> "ftps";
      case "unknown" -> "tls";
      default -> protocol;
    };
    return new Identification(p, true, product, version, banner, attributes);
  }

  public Identification with(String key, String value) {
    var m = new java.util.HashMap<>(attributes);
    m.put(key, value);
    return new Identification(protocol, tls, product, version, banner, m);
  }
}
