package dev.iotcop.lab.profile;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A simulated device: its host name, login accounts, optional lockout policy and the daemons it runs. Profiles are
 * data (YAML); {@link DeviceProfiles} reads them.
 */
public record DeviceProfile(
    String name, String description, String hostname, String motd, List<Account> accounts, Lockout lockout,
    List<ServiceSpec> services) {

  public DeviceProfile {
    Names.requireProfileName(name);
    description = description == null ? "" : description;
    hostname = Names.requireHostname(hostname == null ? name : hostname);
    motd = motd == null ? "" : motd;
    accounts = accounts == null ? List.of() : List.copyOf(accounts);
    services = services == null ? List.of() : List.copyOf(services);
    if (services.isEmpty()) {
      throw new IllegalArgumentException("profile " + name + " declares no service");
    }
    requireUnique(accounts.stream().map(Account::name).toList(), "account");
    requireUnique(services.stream().map(ServiceSpec::name).toList(), "service");
    requireUnique(services.stream().flatMap(s -> s.endpoints().stream()).map(Endpoint::name).toList(), "endpoint");
    requireUnique(services.stream().flatMap(s -> s.endpoints().stream())
        .map(e -> e.port() + "/" + e.transport().label()).toList(), "port");
    long avahis = services.stream().filter(AvahiService.class::isInstance).count();
    if (avahis > 1) {
      throw new IllegalArgumentException("profile " + name + ": a device runs at most one avahi-daemon");
    }
  }

  private static void requireUnique(List<String> values, String what) {
    Set<String> seen = new HashSet<>();
    for (String v : values) {
      if (!seen.add(v)) {
        throw new IllegalArgumentException("duplicate " + what + " '" + v + "'");
      }
    }
  }

  public Optional<Lockout> lockoutPolicy() {
    return Optional.ofNullable(lockout);
  }

  public Optional<ServiceSpec> service(String serviceName) {
    return services.stream().filter(s -> s.name().equals(serviceName)).findFirst();
  }

  public List<Endpoint> endpoints() {
    return services.stream().flatMap(s -> s.endpoints().stream()).toList();
  }

  /** Every host program this profile needs, in a stable order. */
  public Set<String> requiredPrograms() {
    Set<String> programs = new LinkedHashSet<>();
    services.forEach(s -> programs.addAll(s.requiredPrograms()));
    if (lockout != null) {
      programs.add("faillock");
    }
    return programs;
  }
}
