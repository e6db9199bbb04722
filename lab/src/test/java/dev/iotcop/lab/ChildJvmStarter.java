package dev.iotcop.lab;

import dev.iotcop.lab.profile.DeviceProfiles;
import java.nio.file.Path;

/**
 * Run in a separate JVM by tests. {@code up PROFILE NAME} starts a detached device and exits; {@code start PROFILE
 * NAME} starts an ordinary device and waits to be killed (to play a JVM that dies without its shutdown hook).
 */
public final class ChildJvmStarter {
  private ChildJvmStarter() {}

  public static void main(String[] args) throws InterruptedException {
    var profile = DeviceProfiles.read(Path.of(args[1]));
    var options = LabOptions.defaults().withName(args[2]);
    if (args[0].equals("up")) {
      DeviceState state = Lab.up(profile, options);
      System.out.println("device " + state.name() + " " + state.address());
      return;
    }
    LabDevice device = Lab.start(profile, options);
    System.out.println("device " + device.name() + " " + device.address().getHostAddress());
    System.out.flush();
    Thread.sleep(120_000);
    device.close();
  }
}
