package dev.iotcop.lab.profile;

import java.util.List;

/**
 * Dropbear SSH. Debian's build checks passwords against /etc/shadow without PAM. Without a {@code cap} its only
 * connection limits are the compiled-in ones (a handful of unauthenticated connections per source address);
 * with a {@code cap} it runs in inetd mode under xinetd.
 */
public record DropbearService(
    String name, Integer port, Boolean passwordLogin, Boolean rootLogin, Integer maxAuthTries, String banner,
    ConnectionCap cap) implements ServiceSpec {

  public DropbearService {
    name = Names.requireServiceName(name == null ? "dropbear" : name, "service");
    port = port == null ? 22 : port;
    passwordLogin = passwordLogin == null || passwordLogin;
    rootLogin = rootLogin == null || rootLogin;
    maxAuthTries = maxAuthTries == null ? 10 : maxAuthTries;
    banner = Names.requireLine(banner, "dropbear banner");
  }

  @Override
  public String type() {
    return "dropbear";
  }

  @Override
  public List<Endpoint> endpoints() {
    return List.of(new Endpoint(name, port, Transport.TCP));
  }

  @Override
  public List<String> requiredPrograms() {
    return cap == null ? List.of("dropbear", "dropbearkey") : List.of("dropbear", "dropbearkey", "xinetd");
  }
}
