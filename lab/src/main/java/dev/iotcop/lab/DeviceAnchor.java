package dev.iotcop.lab;

import dev.iotcop.lab.daemon.DeviceFiles;
import dev.iotcop.lab.daemon.DeviceLayout;
import dev.iotcop.lab.daemon.Shell;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The first process of a device: it enters the network namespace, creates the device's private mount and UTS
 * namespaces, mounts the device's own /run, /dev (with a private devpts), /etc/passwd, /etc/shadow, /etc/pam.d and
 * friends, sets the host name, starts a BusyBox syslogd on the device's /dev/log, then sleeps. Daemons join its
 * namespaces with nsenter, so they all see the same device.
 */
final class DeviceAnchor {
  private static final List<String> DEVICE_NODES = List.of("null", "zero", "full", "random", "urandom", "tty");
  private static final List<String> ETC_FILES = List.of("passwd", "group", "shadow", "hosts", "hostname", "motd");

  private DeviceAnchor() {}

  static Process start(String namespace, String hostname, DeviceLayout layout, Path busybox, List<String> mountSetup,
      Duration timeout) {
    Path staging = DeviceFiles.directory(layout.devStaging());
    StringBuilder script = new StringBuilder("set -eu\n");
    script.append("mount -t tmpfs -o mode=0755,size=16m iotcop-run /run\n");
    script.append("mkdir -p /run/lock\n");
    String dev = Shell.quote(staging);
    script.append("mount -t tmpfs -o mode=0755,size=1m iotcop-dev ").append(dev).append('\n');
    for (String node : DEVICE_NODES) {
      String target = Shell.quote(staging.resolve(node));
      script.append(": > ").append(target).append(" && mount --bind /dev/").append(node).append(' ').append(target)
          .append('\n');
    }
    script.append("mkdir ").append(Shell.quote(staging.resolve("pts"))).append(' ')
        .append(Shell.quote(staging.resolve("shm"))).append('\n');
    script.append("mount -t devpts -o newinstance,ptmxmode=0666,mode=0620,gid=5 iotcop-pts ")
        .append(Shell.quote(staging.resolve("pts"))).append('\n');
    script.append("mount -t tmpfs -o mode=1777,size=16m iotcop-shm ").append(Shell.quote(staging.resolve("shm")))
        .append('\n');
    script.append("ln -s pts/ptmx ").append(Shell.quote(staging.resolve("ptmx"))).append('\n');
    script.append("ln -s /proc/self/fd ").append(Shell.quote(staging.resolve("fd"))).append('\n');
    script.append("mount --move ").append(dev).append(" /dev\n");
    for (String file : ETC_FILES) {
      String source = Shell.quote(layout.etc().resolve(file));
      script.append("[ ! -e /etc/").append(file).append(" ] || mount --bind ").append(source).append(" /etc/")
          .append(file).append('\n');
    }
    script.append("mount --bind ").append(Shell.quote(layout.pamDirectory())).append(" /etc/pam.d\n");
    script.append("hostname ").append(Shell.quote(hostname)).append('\n');
    mountSetup.forEach(line -> script.append(line).append('\n'));
    script.append(Shell.quote(busybox)).append(" syslogd -S -O ").append(Shell.quote(layout.syslog())).append('\n');
    script.append("i=0\nwhile [ ! -S /dev/log ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i + 1)); done\n");
    script.append("[ -S /dev/log ] || { echo 'syslogd did not create /dev/log' >&2; exit 1; }\n");
    script.append(": > ").append(Shell.quote(layout.anchorReady())).append('\n');
    script.append("exec sleep infinity\n");
    Path file = DeviceFiles.write(layout.anchorScript(), script.toString(), "rwx------");

    ProcessBuilder builder = new ProcessBuilder("setsid", "ip", "netns", "exec", namespace,
        "unshare", "--mount", "--uts", "--propagation", "private", "--", "/bin/sh", file.toString());
    builder.environment().clear();
    builder.environment().putAll(HostCommands.environment());
    builder.redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(layout.anchorLog().toFile()))
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new LabException("cannot start the namespace anchor of " + namespace + ": " + e.getMessage(), e);
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!Files.exists(layout.anchorReady())) {
      if (!process.isAlive()) {
        throw new LabException("the device's namespace setup failed (exit " + process.exitValue() + "):\n"
            + DeviceLogs.tail(layout.anchorLog(), 40));
      }
      if (System.nanoTime() > deadline) {
        throw new LabException("the device's namespace setup did not finish within " + timeout.toSeconds() + " s:\n"
            + DeviceLogs.tail(layout.anchorLog(), 40));
      }
      Pause.briefly(Duration.ofMillis(20));
    }
    return process;
  }
}
