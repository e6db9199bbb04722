package dev.iotcop.lab;

import dev.iotcop.lab.profile.DeviceProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Whether this host can run lab devices (Linux, root, network namespaces, the programs of the profiles), and whether
 * lab tests should run at all. The JUnit side of this is {@code dev.iotcop.lab.junit.RequiresLab}.
 */
public final class LabAvailability {
  /** {@code required}: lab tests must run and fail when they cannot; {@code auto}; {@code off}. */
  public static final String MODE_ENV = "IOTCOP_LAB";
  /** Set by the build (true unless {@code -Dlab.off}); consulted when {@link #MODE_ENV} is unset. */
  public static final String TESTS_PROPERTY = "iotcop.lab.tests";

  public enum Mode {
    /** Run; a host that cannot run the lab is a failure. */
    REQUIRED,
    /** Run when the host can, skip with the reason otherwise. */
    AUTO,
    /** Skip, saying how to switch the lab tests on. */
    OFF
  }

  /** What stands in the way of running the lab here; empty when nothing does. */
  public record Availability(List<String> problems) {
    public Availability {
      problems = List.copyOf(problems);
    }

    public boolean ready() {
      return problems.isEmpty();
    }

    public String explanation() {
      return ready() ? "the lab can run on this host" : "the lab cannot run on this host:\n  - "
          + String.join("\n  - ", problems);
    }
  }

  private LabAvailability() {}

  public static Mode mode() {
    return mode(System.getenv(), System.getProperties());
  }

  static Mode mode(Map<String, String> env, Properties properties) {
    String value = env.get(MODE_ENV);
    if (value != null && !value.isBlank()) {
      return switch (value.strip().toLowerCase(Locale.ROOT)) {
        case "required", "require", "must" -> Mode.REQUIRED;
        case "off", "false", "0", "no", "skip" -> Mode.OFF;
        default -> Mode.AUTO;
      };
    }
    String property = properties.getProperty(TESTS_PROPERTY);
    return "false".equalsIgnoreCase(property == null ? "" : property.strip()) ? Mode.OFF : Mode.AUTO;
  }

  /** Checks the host for the given profiles (none: just the lab's own needs). */
  public static Availability check(Collection<DeviceProfile> profiles) {
    return check(profiles, LabHost.fromEnvironment());
  }

  public static Availability check(Collection<DeviceProfile> profiles, LabHost host) {
    return check(profiles, List.of(), host);
  }

  /** Checks for the profiles and some further programs. */
  public static Availability check(Collection<DeviceProfile> profiles, Collection<String> programs) {
    return check(profiles, programs, LabHost.fromEnvironment());
  }

  public static Availability check(Collection<DeviceProfile> profiles, Collection<String> extraPrograms, LabHost host) {
    List<String> problems = new ArrayList<>();
    String os = System.getProperty("os.name", "");
    if (!os.toLowerCase(Locale.ROOT).contains("linux")) {
      return new Availability(List.of("the lab needs Linux network namespaces; this is " + os));
    }
    if (!effectiveUserIsRoot()) {
      problems.add("the lab needs root (network namespaces, veth pairs, mounts); run the tests as root");
      return new Availability(problems);
    }
    HostPrograms programs = new HostPrograms(host.cacheDirectory());
    Set<String> needed = new LinkedHashSet<>(List.of("ip", "unshare", "nsenter", "setsid", "mount", "openssl",
        "ssh-keygen", "busybox-static"));
    profiles.forEach(p -> needed.addAll(p.requiredPrograms()));
    needed.addAll(extraPrograms);
    for (String program : needed) {
      programs.missing(program).ifPresent(problems::add);
    }
    if (problems.stream().noneMatch(p -> p.contains("'unshare'"))) {
      CommandResult probe = HostCommands.run(List.of("unshare", "--net", "--mount", "--uts", "true"));
      if (!probe.succeeded()) {
        problems.add("cannot create network/mount/UTS namespaces here (unshare failed): " + probe.output().strip());
      }
    }
    try {
      Files.createDirectories(host.stateDirectory());
      Files.createDirectories(host.workRoot());
    } catch (IOException e) {
      problems.add("cannot create the lab directories: " + e.getMessage());
    }
    return new Availability(problems);
  }

  private static boolean effectiveUserIsRoot() {
    try {
      return Files.readAllLines(Path.of("/proc/self/status")).stream()
          .filter(l -> l.startsWith("Uid:"))
          .map(l -> l.split("\\s+"))
          .anyMatch(f -> f.length > 2 && f[2].equals("0"));
    } catch (IOException e) {
      return false;
    }
  }
}
