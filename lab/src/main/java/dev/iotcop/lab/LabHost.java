package dev.iotcop.lab;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the lab keeps things on the host: device state files (one JSON per running device, read by
 * {@code Lab.down}), device work directories (configs, keys, logs) and the cache of programs extracted from Debian
 * packages that cannot be installed side by side with the host's (busybox-static, xinetd).
 */
public record LabHost(Path stateDirectory, Path workRoot, Path cacheDirectory) {

  public static final String STATE_ENV = "IOTCOP_LAB_STATE";
  public static final String WORK_ENV = "IOTCOP_LAB_WORK";
  public static final String CACHE_ENV = "IOTCOP_LAB_CACHE";

  public LabHost {
    stateDirectory = stateDirectory.toAbsolutePath().normalize();
    workRoot = workRoot.toAbsolutePath().normalize();
    cacheDirectory = cacheDirectory.toAbsolutePath().normalize();
  }

  /** Defaults ({@code /run/iotcop-lab}, {@code $TMPDIR/iotcop-lab}, {@code /var/cache/iotcop-lab}), overridable. */
  public static LabHost fromEnvironment() {
    Map<String, String> env = System.getenv();
    return new LabHost(
        Path.of(env.getOrDefault(STATE_ENV, "/run/iotcop-lab")),
        Path.of(env.getOrDefault(WORK_ENV, Path.of(System.getProperty("java.io.tmpdir"), "iotcop-lab").toString())),
        Path.of(env.getOrDefault(CACHE_ENV, "/var/cache/iotcop-lab")));
  }

  Path stateFile(String deviceName) {
    return stateDirectory.resolve(deviceName + ".json");
  }

  Path slotDirectory() {
    return stateDirectory.resolve("slots");
  }

  Path deviceDirectory(String deviceName) {
    return workRoot.resolve(deviceName);
  }
}
