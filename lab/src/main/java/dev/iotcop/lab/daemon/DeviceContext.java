package dev.iotcop.lab.daemon;

import dev.iotcop.lab.HostPrograms;
import dev.iotcop.lab.profile.DeviceProfile;
import java.net.Inet4Address;
import java.time.Instant;
import java.util.Map;

/**
 * What every recipe knows about the device it prepares a daemon for.
 *
 * @param interfaceName the device's network interface as seen inside its namespace
 */
public record DeviceContext(
    String deviceName,
    DeviceProfile profile,
    Inet4Address address,
    String interfaceName,
    DeviceLayout layout,
    HostPrograms programs,
    Map<String, DeviceAccount> accounts,
    LabCertificateAuthority certificateAuthority,
    Instant startedAt) {

  public DeviceContext {
    accounts = Map.copyOf(accounts);
  }

  public String ip() {
    return address.getHostAddress();
  }
}
