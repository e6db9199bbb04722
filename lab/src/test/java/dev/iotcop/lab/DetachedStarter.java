package dev.iotcop.lab;

import dev.iotcop.lab.profile.DeviceProfiles;
import java.nio.file.Path;

/** Run in a separate JVM by a test: starts a detached device and exits, printing its name. */
public final class DetachedStarter {
  private DetachedStarter() {}

  public static void main(String[] args) {
    DeviceState state = Lab.up(DeviceProfiles.read(Path.of(args[0])), LabOptions.defaults().withName(args[1]));
    System.out.println("device " + state.name() + " " + state.address());
  }
}
