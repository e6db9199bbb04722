package dev.iotcop.lab;

import java.util.List;

/**
 * A network namespace joined to the host by a veth pair: the host end carries the slot's {@code .1}, the device end
 * is renamed {@code eth0} inside the namespace and carries {@code .2}. The namespace has no default route, so its
 * daemons can reach the host and nothing else.
 */
final class NamespaceNetwork {
  static final String DEVICE_INTERFACE = "eth0";

  private NamespaceNetwork() {}

  static void create(String namespace, NetworkSlot slot) {
    String host = slot.hostInterface();
    String device = slot.transientDeviceInterface();
    ip("netns", "add", namespace);
    ip("link", "add", host, "type", "veth", "peer", "name", device, "netns", namespace);
    ip("-n", namespace, "link", "set", device, "name", DEVICE_INTERFACE);
    ip("addr", "add", slot.hostAddress().getHostAddress() + "/30", "dev", host);
    ip("link", "set", host, "up");
    ip("-n", namespace, "addr", "add", slot.deviceAddress().getHostAddress() + "/30", "dev", DEVICE_INTERFACE);
    ip("-n", namespace, "link", "set", DEVICE_INTERFACE, "up");
    ip("-n", namespace, "link", "set", "lo", "up");
  }

  static boolean namespaceExists(String namespace) {
    return HostCommands.run(List.of("ip", "netns", "list")).orThrow().lines()
        .map(l -> l.split("\\s+", 2)[0])
        .anyMatch(namespace::equals);
  }

  static boolean linkExists(String link) {
    return HostCommands.run(List.of("ip", "link", "show", "dev", link)).succeeded();
  }

  /** Ids of every process whose network namespace is {@code namespace}. */
  static List<Long> processes(String namespace) {
    CommandResult result = HostCommands.run(List.of("ip", "netns", "pids", namespace));
    if (!result.succeeded()) {
      return List.of();
    }
    return result.output().lines().map(String::strip).filter(l -> l.matches("\\d+")).map(Long::valueOf).toList();
  }

  static void deleteNamespace(String namespace) {
    ip("netns", "del", namespace);
  }

  private static void ip(String... arguments) {
    List<String> command = new java.util.ArrayList<>(List.of("ip"));
    command.addAll(List.of(arguments));
    HostCommands.run(command).orThrow();
  }
}
