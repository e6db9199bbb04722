package dev.iotcop.lab;

import dev.iotcop.lab.profile.DeviceProfile;
import dev.iotcop.lab.profile.DeviceProfiles;
import java.util.ArrayList;
import java.util.List;

/**
 * Entry point of the lab: start simulated devices from profiles, for a test ({@link #start}) or detached from the
 * JVM ({@link #up}), and tear them down ({@link LabDevice#close()}, {@link #down}, {@link #downAll}).
 */
public final class Lab {
  private Lab() {}

  /** Starts a bundled profile by name (or a profile YAML file); close the device when done. */
  public static LabDevice start(String profileNameOrFile) {
    return start(DeviceProfiles.resolve(profileNameOrFile));
  }

  public static LabDevice start(DeviceProfile profile) {
    return start(profile, LabOptions.defaults());
  }

  public static LabDevice start(DeviceProfile profile, LabOptions options) {
    return DeviceLauncher.launch(profile, options, false);
  }

  /** Starts a device that keeps running after this JVM exits, and returns its recorded state. */
  public static DeviceState up(DeviceProfile profile, LabOptions options) {
    return DeviceLauncher.launch(profile, options, true).state();
  }

  /** {@link #up(DeviceProfile, LabOptions)} for a bundled profile name or a profile YAML file. */
  public static DeviceState up(String profileNameOrFile) {
    return up(DeviceProfiles.resolve(profileNameOrFile), LabOptions.defaults());
  }

  /** Devices recorded in the state directory (detached ones, and those of JVMs still running tests). */
  public static List<DeviceState> list() {
    return list(LabHost.fromEnvironment());
  }

  public static List<DeviceState> list(LabHost host) {
    return StateFiles.readAll(host);
  }

  /** Tears a recorded device down; false when no device of that name is recorded. */
  public static boolean down(String name) {
    return down(LabHost.fromEnvironment(), name);
  }

  public static boolean down(LabHost host, String name) {
    DeviceState state = StateFiles.read(host, name).orElse(null);
    if (state == null) {
      return false;
    }
    List<String> problems = DeviceTeardown.run(host, state);
    if (!problems.isEmpty()) {
      throw new LabException("device " + name + " was not fully torn down: " + String.join("; ", problems));
    }
    return true;
  }

  /**
   * Tears down devices whose JVM died without running its shutdown hook (killed, crashed) and that were not started
   * detached. Every start does this first; it is quiet and best-effort.
   */
  public static List<String> reapOrphans(LabHost host) {
    List<String> reaped = new ArrayList<>();
    for (DeviceState state : StateFiles.readAll(host)) {
      boolean ownerAlive = ProcessHandle.of(state.ownerPid()).map(ProcessHandle::isAlive).orElse(false);
      if (!state.detached() && !ownerAlive) {
        try {
          if (DeviceTeardown.run(host, state).isEmpty()) {
            reaped.add(state.name());
          }
        } catch (RuntimeException raced) {
          // another process may be reaping the same device right now
        }
      }
    }
    return reaped;
  }

  /** Tears down every recorded device; returns their names. */
  public static List<String> downAll() {
    return downAll(LabHost.fromEnvironment());
  }

  public static List<String> downAll(LabHost host) {
    List<String> names = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (DeviceState state : StateFiles.readAll(host)) {
      List<String> left = DeviceTeardown.run(host, state);
      if (left.isEmpty()) {
        names.add(state.name());
      } else {
        problems.add(state.name() + ": " + String.join("; ", left));
      }
    }
    if (!problems.isEmpty()) {
      throw new LabException("some devices were not fully torn down: " + String.join(" | ", problems));
    }
    return names;
  }
}
