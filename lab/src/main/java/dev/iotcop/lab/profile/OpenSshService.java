package dev.iotcop.lab.profile;

import java.util.List;

/**
 * OpenSSH sshd. Empty algorithm lists keep OpenSSH's defaults. Password login goes through PAM, so the profile's
 * lockout applies; accounts with {@code sshKey: true} can always log in with their generated key.
 */
public record OpenSshService(
    String name,
    Integer port,
    Boolean passwordLogin,
    Boolean rootLogin,
    List<String> hostKeys,
    List<String> kex,
    List<String> ciphers,
    List<String> macs,
    String maxStartups,
    Integer perSourceMaxStartups,
    Integer maxSessions,
    Integer maxAuthTries,
    String banner) implements ServiceSpec {

  private static final List<String> HOST_KEY_TYPES = List.of("ed25519", "ecdsa", "rsa");

  public OpenSshService {
    name = Names.requireServiceName(name == null ? "ssh" : name, "service");
    port = port == null ? 22 : port;
    passwordLogin = passwordLogin == null || passwordLogin;
    rootLogin = rootLogin != null && rootLogin;
    hostKeys = hostKeys == null || hostKeys.isEmpty() ? List.of("ed25519") : List.copyOf(hostKeys);
    for (String key : hostKeys) {
      if (!HOST_KEY_TYPES.contains(key)) {
        throw new IllegalArgumentException("openssh host key type '" + key + "' is not one of " + HOST_KEY_TYPES);
      }
    }
    kex = algorithms(kex, "kex");
    ciphers = algorithms(ciphers, "ciphers");
    macs = algorithms(macs, "macs");
    maxStartups = Names.requireLine(maxStartups, "maxStartups");
    banner = Names.requireLine(banner, "ssh banner");
  }

  private static List<String> algorithms(List<String> names, String what) {
    List<String> copy = names == null ? List.of() : List.copyOf(names);
    for (String n : copy) {
      if (!n.matches("[A-Za-z0-9@._+-]+")) {
        throw new IllegalArgumentException("openssh " + what + " entry '" + n + "' is not an algorithm name");
      }
    }
    return copy;
  }

  @Override
  public String type() {
    return "openssh";
  }

  @Override
  public List<Endpoint> endpoints() {
    return List.of(new Endpoint(name, port, Transport.TCP));
  }

  @Override
  public List<String> requiredPrograms() {
    return List.of("sshd", "ssh-keygen");
  }
}
