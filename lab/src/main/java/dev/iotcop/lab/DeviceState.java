package dev.iotcop.lab;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the lab records about a device in {@code STATE_DIR/NAME.json}, enough to tear it down from another process
 * ({@code iotcop lab down NAME}): namespace, veth, work directory, slot and process ids. Fields are filled in as the
 * start progresses, so a device that failed half-way can still be cleaned up.
 *
 * @param ownerPid the JVM that started the device
 * @param detached true when the device is meant to outlive that JVM
 */
public record DeviceState(
    int formatVersion,
    String name,
    String profile,
    String hostname,
    int slot,
    String namespace,
    String hostInterface,
    String hostAddress,
    String address,
    String workDirectory,
    long ownerPid,
    boolean detached,
    String startedAt,
    long anchorPid,
    Map<String, Long> daemonPids,
    List<EndpointState> endpoints) {

  public static final int FORMAT = 1;

  public DeviceState {
    daemonPids = daemonPids == null ? Map.of() : Map.copyOf(daemonPids);
    endpoints = endpoints == null ? List.of() : List.copyOf(endpoints);
  }

  DeviceState withAnchor(long pid) {
    return new DeviceState(formatVersion, name, profile, hostname, slot, namespace, hostInterface, hostAddress, address,
        workDirectory, ownerPid, detached, startedAt, pid, daemonPids, endpoints);
  }

  DeviceState withDaemon(String service, long pid) {
    Map<String, Long> pids = new LinkedHashMap<>(daemonPids);
    pids.put(service, pid);
    return new DeviceState(formatVersion, name, profile, hostname, slot, namespace, hostInterface, hostAddress, address,
        workDirectory, ownerPid, detached, startedAt, anchorPid, pids, endpoints);
  }

  DeviceState withDetached(boolean value) {
    return new DeviceState(formatVersion, name, profile, hostname, slot, namespace, hostInterface, hostAddress, address,
        workDirectory, ownerPid, value, startedAt, anchorPid, daemonPids, endpoints);
  }

  /** The port of a service or endpoint name. */
  public int port(String serviceOrEndpoint) {
    return endpoints.stream()
        .filter(e -> e.endpoint().equals(serviceOrEndpoint))
        .findFirst()
        .or(() -> endpoints.stream().filter(e -> e.service().equals(serviceOrEndpoint)).findFirst())
        .map(EndpointState::port)
        .orElseThrow(() -> new IllegalArgumentException(
            "device " + name + " has no service or endpoint '" + serviceOrEndpoint + "'"));
  }
}
