package dev.iotcop.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Proves a device left nothing behind: namespace, veth, processes, work directory, state and slot files. */
final class LabTeardownAssertions {
  private LabTeardownAssertions() {}

  /** Every process of the device while it ran: the anchor, the daemons and whatever they forked. */
  static List<Long> processesOf(DeviceState state) {
    List<Long> pids = new ArrayList<>(NamespaceNetwork.processes(state.namespace()));
    pids.add(state.anchorPid());
    pids.addAll(state.daemonPids().values());
    return pids;
  }

  static void assertNothingLeft(LabHost host, DeviceState state, List<Long> pids) {
    String namespaces = HostCommands.run(List.of("ip", "netns", "list")).orThrow();
    assertThat(namespaces.lines().map(l -> l.split("\\s+")[0])).doesNotContain(state.namespace());
    String links = HostCommands.run(List.of("ip", "-o", "link", "show")).orThrow();
    assertThat(links).doesNotContain(" " + state.hostInterface() + "@").doesNotContain(" " + state.hostInterface() + ":");
    String addresses = HostCommands.run(List.of("ip", "-o", "addr", "show")).orThrow();
    assertThat(addresses).doesNotContain(" " + state.hostAddress() + "/");
    assertThat(pids).isNotEmpty();
    for (long pid : pids) {
      assertThat(running(pid)).as("process %d of %s still runs", pid, state.name()).isFalse();
    }
    assertThat(Path.of(state.workDirectory())).doesNotExist();
    assertThat(host.stateFile(state.name())).doesNotExist();
    assertThat(Files.exists(host.slotDirectory().resolve(Integer.toString(state.slot())))).isFalse();
  }

  /**
   * Whether a process runs. A killed process whose parent has not collected it yet (a zombie) holds no resources
   * and no namespace, so it does not count; the check allows its parent a moment to collect it.
   */
  static boolean running(long pid) {
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(3).toNanos();
    while (true) {
      String stat;
      try {
        stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      } catch (java.io.IOException gone) {
        return false;
      }
      char state = stat.charAt(stat.lastIndexOf(')') + 2);
      if (state == 'Z' || state == 'X') {
        return false;
      }
      if (System.nanoTime() > deadline) {
        return true;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return true;
      }
    }
  }
}
