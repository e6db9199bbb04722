package dev.iotcop.lab;

import dev.iotcop.lab.daemon.DaemonPlan;
import dev.iotcop.lab.daemon.DaemonRecipes;
import dev.iotcop.lab.daemon.DeviceAccount;
import dev.iotcop.lab.daemon.DeviceAccounts;
import dev.iotcop.lab.daemon.DeviceContext;
import dev.iotcop.lab.daemon.DeviceFiles;
import dev.iotcop.lab.daemon.DeviceLayout;
import dev.iotcop.lab.daemon.LabCertificateAuthority;
import dev.iotcop.lab.daemon.PamStacks;
import dev.iotcop.lab.daemon.Readiness;
import dev.iotcop.lab.probe.UdpExchange;
import dev.iotcop.lab.profile.DeviceProfile;
import dev.iotcop.lab.profile.Endpoint;
import dev.iotcop.lab.profile.ServiceSpec;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Starts a device step by step; any failure tears down whatever was already created. */
final class DeviceLauncher {
  private static final Duration ANCHOR_TIMEOUT = Duration.ofSeconds(20);

  private DeviceLauncher() {}

  static LabDevice launch(DeviceProfile profile, LabOptions options, boolean detached) {
    LabHost host = options.host();
    HostPrograms programs = new HostPrograms(host.cacheDirectory());
    requirePrograms(profile, programs);
    Lab.reapOrphans(host);
    if (options.name() != null && StateFiles.read(host, options.name()).isPresent()) {
      throw new LabException("a lab device named " + options.name() + " is already recorded in "
          + host.stateFile(options.name()) + "; take it down first");
    }
    NetworkSlot slot = SlotClaims.claim(host, index -> options.name() != null ? options.name() : profile.name() + "-" + index);
    String name = options.name() != null ? options.name() : profile.name() + "-" + slot.index();
    Instant now = Instant.now();
    DeviceLayout layout = new DeviceLayout(host.deviceDirectory(name));
    reserveWorkDirectory(host, slot, layout);
    DeviceState initial = new DeviceState(DeviceState.FORMAT, name, profile.name(), profile.hostname(), slot.index(),
        "iotcop-" + name, slot.hostInterface(), slot.hostAddress().getHostAddress(),
        slot.deviceAddress().getHostAddress(), layout.root().toString(), ProcessHandle.current().pid(), detached,
        now.toString(), 0, Map.of(), endpoints(profile));
    LabDevice device = new LabDevice(host, profile, layout, initial);
    try {
      device.update(initial);
      if (!detached) {
        device.installShutdownHook();
      }
      start(device, profile, programs, slot, options.readinessTimeout(), now);
      if (detached) {
        device.detach();
      }
      return device;
    } catch (RuntimeException e) {
      try {
        device.close();
      } catch (RuntimeException teardown) {
        e.addSuppressed(teardown);
      }
      throw e;
    }
  }

  private static void start(LabDevice device, DeviceProfile profile, HostPrograms programs, NetworkSlot slot,
      Duration readinessTimeout, Instant now) {
    DeviceState state = device.state();
    DeviceLayout layout = device.layout();
    prepareWorkDirectory(layout);
    NamespaceNetwork.create(state.namespace(), slot);

    Map<String, DeviceAccount> accounts = DeviceAccounts.write(profile, layout);
    PamStacks.write(layout, profile.lockoutPolicy(), DaemonRecipes.PAM_SERVICES);
    DeviceFiles.write(layout.etc().resolve("hostname"), profile.hostname() + "\n");
    DeviceFiles.write(layout.etc().resolve("hosts"), "127.0.0.1\tlocalhost\n" + state.address() + "\t"
        + profile.hostname() + " " + profile.hostname() + ".local\n");
    DeviceFiles.write(layout.etc().resolve("motd"), profile.motd().isEmpty() ? "" : profile.motd() + "\n");
    LabCertificateAuthority ca = new LabCertificateAuthority(layout.certificateAuthority(), state.name(), now);
    device.attach(accounts, ca);
    DeviceContext context = new DeviceContext(state.name(), profile, slot.deviceAddress(),
        NamespaceNetwork.DEVICE_INTERFACE, layout, programs, accounts, ca, now);

    List<String> mountSetup = new ArrayList<>();
    for (ServiceSpec service : profile.services()) {
      DaemonPlan plan = DaemonRecipes.prepare(service, context);
      device.addPlan(plan);
      mountSetup.addAll(plan.mountSetup());
    }
    Process anchor = DeviceAnchor.start(state.namespace(), profile.hostname(), layout, programs.busybox(), mountSetup,
        ANCHOR_TIMEOUT);
    device.update(device.state().withAnchor(anchor.pid()));
    for (DaemonPlan plan : device.plans().values()) {
      device.addProcess(plan.name(), launchDaemon(anchor.pid(), plan, layout));
    }
    awaitReadiness(device, slot.deviceAddress(), readinessTimeout);
  }

  /**
   * Creating the work directory is what reserves a device name: it fails atomically when another start (in any
   * process) already holds the name, before anything exists that a teardown by that name could wrongly remove.
   */
  private static void reserveWorkDirectory(LabHost host, NetworkSlot slot, DeviceLayout layout) {
    Path root = layout.root();
    try {
      DeviceFiles.directory(root.getParent(), "rwxr-xr-x");
      Files.createDirectory(root);
    } catch (IOException | java.io.UncheckedIOException e) {
      SlotClaims.release(host, slot.index());
      String why = e instanceof java.nio.file.FileAlreadyExistsException
          ? "already exists; a device of that name is running or was not torn down (Lab.down)"
          : "cannot be created: " + e.getMessage();
      throw new LabException("the work directory " + root + " " + why, e);
    }
  }

  private static void prepareWorkDirectory(DeviceLayout layout) {
    Path root = layout.root();
    DeviceFiles.directory(root, "rwxr-xr-x");
    DeviceFiles.directory(layout.etc(), "rwxr-xr-x");
    DeviceFiles.directory(layout.logs(), "rwxr-xr-x");
    DeviceFiles.directory(layout.run(), "rwxr-xr-x");
    DeviceFiles.directory(root.resolve("svc"), "rwxr-xr-x");
    DeviceFiles.directory(root.resolve("home"), "rwxr-xr-x");
  }

  private static Process launchDaemon(long anchorPid, DaemonPlan plan, DeviceLayout layout) {
    List<String> command = new ArrayList<>(List.of("setsid", "nsenter", "-t", Long.toString(anchorPid),
        "-m", "-u", "-n", "--"));
    command.addAll(plan.command());
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().clear();
    builder.environment().putAll(HostCommands.environment());
    builder.environment().putAll(plan.environment());
    builder.redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(layout.consoleLog(plan.name()).toFile()))
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    try {
      return builder.start();
    } catch (IOException e) {
      throw new LabException("cannot start " + plan.service().type() + " for " + plan.name() + ": " + e.getMessage(), e);
    }
  }

  /** Polls every service until each readiness check passes; a daemon that exits fails the start with its log. */
  private static void awaitReadiness(LabDevice device, InetAddress address, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    Map<String, List<Readiness>> pending = new LinkedHashMap<>();
    device.plans().forEach((name, plan) -> pending.put(name, new ArrayList<>(plan.readiness())));
    while (true) {
      for (var entry : pending.entrySet()) {
        Process process = device.processes().get(entry.getKey());
        if (!process.isAlive()) {
          throw died(device, entry.getKey(), process);
        }
        entry.getValue().removeIf(check -> ready(address, check));
      }
      pending.values().removeIf(List::isEmpty);
      if (pending.isEmpty()) {
        return;
      }
      if (System.nanoTime() > deadline) {
        String name = pending.keySet().iterator().next();
        throw new LabException("service " + name + " of device " + device.name() + " is not ready after "
            + timeout.toSeconds() + " s (still waiting for " + pending.get(name) + "); its log:\n"
            + tail(device.log(name)));
      }
      Pause.briefly(Duration.ofMillis(50));
    }
  }

  private static boolean ready(InetAddress address, Readiness check) {
    return switch (check) {
      case Readiness.TcpAccepting tcp -> {
        try (Socket socket = new Socket()) {
          socket.connect(new InetSocketAddress(address, tcp.port()), 300);
          yield true;
        } catch (IOException e) {
          yield false;
        }
      }
      case Readiness.UdpAnswering udp -> UdpExchange.ask(address, udp.port(), udp.probe(), Duration.ofMillis(300))
          .isPresent();
    };
  }

  private static LabException died(LabDevice device, String service, Process process) {
    DaemonPlan plan = device.plans().get(service);
    return new LabException(plan.service().type() + " (service " + service + " of device " + device.name()
        + ") exited with code " + process.exitValue() + " while starting; command: "
        + String.join(" ", plan.command()) + "\n" + tail(device.log(service)));
  }

  private static String tail(String log) {
    List<String> lines = log.lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
  }

  private static void requirePrograms(DeviceProfile profile, HostPrograms programs) {
    List<String> needed = new ArrayList<>(List.of("ip", "unshare", "nsenter", "setsid", "mount", "openssl", "ssh-keygen",
        "busybox-static"));
    needed.addAll(profile.requiredPrograms());
    List<String> missing = needed.stream().distinct().map(programs::missing).flatMap(java.util.Optional::stream).toList();
    if (!missing.isEmpty()) {
      throw new LabException("cannot start profile " + profile.name() + ":\n  " + String.join("\n  ", missing));
    }
  }

  private static List<EndpointState> endpoints(DeviceProfile profile) {
    List<EndpointState> endpoints = new ArrayList<>();
    for (ServiceSpec service : profile.services()) {
      for (Endpoint e : service.endpoints()) {
        endpoints.add(new EndpointState(service.name(), service.type(), e.name(), e.port(), e.transport().label()));
      }
    }
    return endpoints;
  }
}
