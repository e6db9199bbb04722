package dev.iotcop.lab;

import java.time.Duration;

/**
 * How to start a device.
 *
 * @param name device name (also its namespace name after {@code iotcop-}); null picks {@code PROFILE-SLOT}
 * @param readinessTimeout how long every service may take to accept connections or answer
 * @param host where state, work directories and the program cache live
 */
public record LabOptions(String name, Duration readinessTimeout, LabHost host) {

  public LabOptions {
    if (name != null && !name.matches("[a-z][a-z0-9-]{0,39}")) {
      throw new IllegalArgumentException("device name '" + name + "' must be lower-case letters, digits and '-'");
    }
    readinessTimeout = readinessTimeout == null ? Duration.ofSeconds(30) : readinessTimeout;
    host = host == null ? LabHost.fromEnvironment() : host;
  }

  public static LabOptions defaults() {
    return new LabOptions(null, null, null);
  }

  public LabOptions withName(String deviceName) {
    return new LabOptions(deviceName, readinessTimeout, host);
  }

  public LabOptions withHost(LabHost labHost) {
    return new LabOptions(name, readinessTimeout, labHost);
  }
}
