package dev.iotcop.lab;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Tears a device down from its state alone, so it works from any process and after a failed start: stops every
 * process in the device's network namespace (TERM, then KILL), deletes the namespace and the host veth, removes the
 * work directory, then the slot and state files. Only processes inside the namespace are signalled, so a recorded pid
 * reused by an unrelated process after a reboot is never touched.
 */
final class DeviceTeardown {
  private static final Duration GRACE = Duration.ofSeconds(3);

  private DeviceTeardown() {}

  /** Returns what could not be cleaned (empty when everything is gone). */
  static List<String> run(LabHost host, DeviceState state) {
    List<String> problems = new ArrayList<>();
    String namespace = state.namespace();
    if (namespace != null && NamespaceNetwork.namespaceExists(namespace)) {
      stopProcesses(namespace, problems);
      attempt(problems, "delete namespace " + namespace, () -> NamespaceNetwork.deleteNamespace(namespace));
    }
    String hostInterface = state.hostInterface();
    if (hostInterface != null && !linkGone(hostInterface)) {
      attempt(problems, "delete link " + hostInterface, () -> {
        CommandResult result = HostCommands.run(List.of("ip", "link", "del", hostInterface));
        if (!result.succeeded() && NamespaceNetwork.linkExists(hostInterface)) {
          result.orThrow();
        }
      });
    }
    if (state.workDirectory() != null) {
      Path work = Path.of(state.workDirectory()).toAbsolutePath().normalize();
      if (work.equals(host.deviceDirectory(state.name()).toAbsolutePath().normalize())) {
        attempt(problems, "delete " + work, () -> HostPrograms.deleteTree(work));
      } else if (Files.exists(work)) {
        problems.add("left " + work + " in place: it is not under the lab work root " + host.workRoot());
      }
    }
    if (problems.isEmpty()) {
      attempt(problems, "release slot " + state.slot(), () -> SlotClaims.release(host, state.slot()));
      attempt(problems, "delete state of " + state.name(), () -> StateFiles.delete(host, state.name()));
    }
    return problems;
  }

  /** Deleting the namespace destroys the device end and so the pair; the host end disappears a moment later. */
  private static boolean linkGone(String link) {
    long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
    while (System.nanoTime() < deadline) {
      if (!NamespaceNetwork.linkExists(link)) {
        return true;
      }
      Pause.briefly(Duration.ofMillis(20));
    }
    return !NamespaceNetwork.linkExists(link);
  }

  private static void stopProcesses(String namespace, List<String> problems) {
    signal(NamespaceNetwork.processes(namespace), false);
    if (!waitUntilEmpty(namespace, GRACE)) {
      signal(NamespaceNetwork.processes(namespace), true);
      if (!waitUntilEmpty(namespace, GRACE)) {
        problems.add("processes still running in " + namespace + ": " + NamespaceNetwork.processes(namespace));
      }
    }
  }

  private static void signal(List<Long> pids, boolean kill) {
    for (long pid : pids) {
      ProcessHandle.of(pid).ifPresent(p -> {
        if (kill) {
          p.destroyForcibly();
        } else {
          p.destroy();
        }
      });
    }
  }

  private static boolean waitUntilEmpty(String namespace, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (NamespaceNetwork.processes(namespace).isEmpty()) {
        return true;
      }
      Pause.briefly(Duration.ofMillis(50));
    }
    return NamespaceNetwork.processes(namespace).isEmpty();
  }

  private static void attempt(List<String> problems, String what, Runnable action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      problems.add("could not " + what + ": " + e.getMessage());
    }
  }
}
