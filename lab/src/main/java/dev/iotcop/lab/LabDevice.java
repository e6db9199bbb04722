package dev.iotcop.lab;

import dev.iotcop.lab.daemon.DaemonPlan;
import dev.iotcop.lab.daemon.DeviceAccount;
import dev.iotcop.lab.daemon.DeviceLayout;
import dev.iotcop.lab.daemon.LabCertificateAuthority;
import dev.iotcop.lab.profile.DeviceProfile;
import dev.iotcop.lab.profile.Lockout;
import dev.iotcop.lab.profile.Transport;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A running simulated device: real daemons in their own network, mount and UTS namespaces, reachable from the host at
 * {@link #address()}. {@link #close()} stops everything and removes every trace; a JVM shutdown hook does the same if
 * the test forgets or the JVM is stopped.
 */
public final class LabDevice implements AutoCloseable {
  private static final Duration DEFAULT_SAMPLE_INTERVAL = Duration.ofMillis(20);
  private static final Duration DEFAULT_WATCH_LIMIT = Duration.ofMinutes(10);
  /** Lets a daemon (or xinetd) notice that its last session ended before the next test counts connections. */
  private static final Duration IDLE_SETTLE = Duration.ofMillis(150);

  private final LabHost host;
  private final DeviceProfile profile;
  private final DeviceLayout layout;
  private final Map<String, DaemonPlan> plans = new LinkedHashMap<>();
  private final Map<String, Process> processes = new ConcurrentHashMap<>();
  private final List<ConnectionWatch> watches = new CopyOnWriteArrayList<>();
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile DeviceState state;
  private volatile Thread shutdownHook;
  private volatile Map<String, DeviceAccount> accounts = Map.of();
  private volatile LabCertificateAuthority certificateAuthority;

  LabDevice(LabHost host, DeviceProfile profile, DeviceLayout layout, DeviceState initial) {
    this.host = host;
    this.profile = profile;
    this.layout = layout;
    this.state = initial;
  }

  public String name() {
    return state.name();
  }

  public DeviceProfile profile() {
    return profile;
  }

  /** The recorded state (what {@code Lab.down} would read). */
  public DeviceState state() {
    return state;
  }

  public String namespace() {
    return state.namespace();
  }

  /** The device's address, reachable from the host through the veth pair. */
  public InetAddress address() {
    return parse(state.address());
  }

  /** The host's end of the veth pair, the source address the device sees for connections from the host. */
  public InetAddress hostAddress() {
    return parse(state.hostAddress());
  }

  /** Port of a service (its first endpoint) or of a named endpoint such as {@code upnp.http}. */
  public int port(String serviceOrEndpoint) {
    return state.port(serviceOrEndpoint);
  }

  public List<EndpointState> endpoints() {
    return state.endpoints();
  }

  /** Everything the service logged: console output, its log files and its lines in the device syslog. */
  public String log(String service) {
    DaemonPlan plan = plan(service);
    StringBuilder out = new StringBuilder();
    List<Path> files = new ArrayList<>();
    files.add(layout.consoleLog(service));
    files.addAll(plan.logFiles());
    for (Path f : files) {
      String text = DeviceLogs.read(f);
      if (!text.isEmpty()) {
        out.append("==> ").append(f.getFileName()).append(" <==\n").append(text);
        if (!text.endsWith("\n")) {
          out.append('\n');
        }
      }
    }
    if (!plan.syslogTags().isEmpty()) {
      List<String> lines = syslog().lines().filter(l -> plan.syslogTags().stream()
          .anyMatch(tag -> l.contains(" " + tag + "[") || l.contains(" " + tag + ":"))).toList();
      if (!lines.isEmpty()) {
        out.append("==> syslog <==\n");
        lines.forEach(l -> out.append(l).append('\n'));
      }
    }
    return out.toString();
  }

  /** The device's own syslog (PAM, login, inetd-mode daemons). */
  public String syslog() {
    return DeviceLogs.read(layout.syslog());
  }

  public boolean isRunning(String service) {
    plan(service);
    Process p = processes.get(service);
    return p != null && p.isAlive();
  }

  /** Starts sampling established TCP connections every 20 ms, for at most 10 minutes. */
  public ConnectionWatch watchConnections() {
    return watchConnections(DEFAULT_SAMPLE_INTERVAL, DEFAULT_WATCH_LIMIT);
  }

  public ConnectionWatch watchConnections(Duration interval, Duration maxDuration) {
    requireOpen();
    Map<String, Integer> tcpPorts = new LinkedHashMap<>();
    for (EndpointState e : state.endpoints()) {
      if (e.transport().equals(Transport.TCP.label())) {
        tcpPorts.putIfAbsent(e.endpoint(), e.port());
        tcpPorts.putIfAbsent(e.service(), e.port());
      }
    }
    ConnectionWatch watch = new ConnectionWatch(state.anchorPid(), tcpPorts, interval, maxDuration);
    watches.add(watch);
    return watch;
  }

  /**
   * Waits until no connection to the service is open any more (none established, none closed by the peer but not yet
   * by the daemon), so a test about connection caps starts from an idle device. False if it did not settle in time.
   */
  public boolean awaitIdle(String serviceOrEndpoint, Duration timeout) {
    requireOpen();
    int port = port(serviceOrEndpoint);
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (ConnectionWatch.busyPorts(state.anchorPid()).getOrDefault(port, 0) == 0) {
        Pause.briefly(IDLE_SETTLE);
        if (ConnectionWatch.busyPorts(state.anchorPid()).getOrDefault(port, 0) == 0) {
          return true;
        }
      }
      Pause.briefly(Duration.ofMillis(20));
    }
    return false;
  }

  /** Accounts pam_faillock currently locks (empty when the profile has no lockout). */
  public Set<String> lockedOutAccounts() {
    Optional<Lockout> policy = profile.lockoutPolicy();
    if (policy.isEmpty()) {
      return Set.of();
    }
    return faillockTally().locked(policy.get(), LocalDateTime.now());
  }

  /** Failed logins pam_faillock has recorded for the account. */
  public int loginFailures(String account) {
    return profile.lockoutPolicy().isEmpty() ? 0 : faillockTally().failures(account);
  }

  private FaillockTally faillockTally() {
    return FaillockTally.parse(HostCommands.run(List.of("faillock", "--dir", layout.faillock().toString())).orThrow());
  }

  /** The certificate of the device's lab CA, when a service uses a {@code lab-ca} certificate. */
  public Optional<Path> labCa() {
    return certificateAuthority == null ? Optional.empty() : certificateAuthority.certificate();
  }

  /** The server certificate (PEM) of a TLS service. */
  public Optional<Path> certificate(String service) {
    return Optional.ofNullable(plan(service).artifacts().get("certificate"));
  }

  /** The private key (OpenSSH format) generated for an account with {@code sshKey: true}. */
  public Optional<Path> clientKey(String account) {
    DeviceAccount a = accounts.get(account);
    return a == null ? Optional.empty() : a.clientKey();
  }

  /** Runs a command inside the device (its network, mount and UTS namespaces) and waits for it. */
  public CommandResult execute(List<String> command) {
    requireOpen();
    List<String> full = new ArrayList<>(List.of("nsenter", "-t", Long.toString(state.anchorPid()), "-m", "-u", "-n",
        "--"));
    full.addAll(command);
    return HostCommands.run(full);
  }

  public Path workDirectory() {
    return layout.root();
  }

  /** Stops every daemon and removes the namespace, veth pair, work directory and state. Idempotent. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    Thread hook = shutdownHook;
    if (hook != null && Thread.currentThread() != hook) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running or will run; tearing down twice is harmless
      }
    }
    watches.forEach(ConnectionWatch::close);
    processes.values().forEach(Process::destroy);
    List<String> problems = DeviceTeardown.run(host, state);
    for (Process p : processes.values()) {
      p.destroyForcibly();
      try {
        p.waitFor(2, java.util.concurrent.TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (!problems.isEmpty()) {
      throw new LabException("device " + name() + " was not fully torn down: " + String.join("; ", problems));
    }
  }

  boolean isClosed() {
    return closed.get();
  }

  // ---- used while the device starts ----

  void installShutdownHook() {
    Thread hook = new Thread(() -> {
      try {
        close();
      } catch (RuntimeException e) {
        System.err.println("iotcop lab: " + e.getMessage());
      }
    }, "lab-teardown-" + state.name());
    shutdownHook = hook;
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** Leaves the daemons running after this JVM exits; only {@code Lab.down} removes the device then. */
  void detach() {
    Thread hook = shutdownHook;
    shutdownHook = null;
    if (hook != null) {
      Runtime.getRuntime().removeShutdownHook(hook);
    }
    watches.forEach(ConnectionWatch::close);
    update(state.withDetached(true));
    closed.set(true);
  }

  void update(DeviceState next) {
    state = next;
    StateFiles.write(host, next);
  }

  void attach(Map<String, DeviceAccount> deviceAccounts, LabCertificateAuthority ca) {
    this.accounts = Map.copyOf(deviceAccounts);
    this.certificateAuthority = ca;
  }

  void addPlan(DaemonPlan plan) {
    plans.put(plan.name(), plan);
  }

  void addProcess(String service, Process process) {
    processes.put(service, process);
    update(state.withDaemon(service, process.pid()));
  }

  Map<String, DaemonPlan> plans() {
    return plans;
  }

  Map<String, Process> processes() {
    return processes;
  }

  DeviceLayout layout() {
    return layout;
  }

  private DaemonPlan plan(String service) {
    DaemonPlan plan = plans.get(service);
    if (plan == null) {
      throw new IllegalArgumentException("device " + name() + " has no service '" + service + "'; it has " + plans.keySet());
    }
    return plan;
  }

  private void requireOpen() {
    if (closed.get()) {
      throw new IllegalStateException("device " + name() + " is closed");
    }
  }

  private static InetAddress parse(String address) {
    try {
      return InetAddress.getByName(address);
    } catch (UnknownHostException e) {
      throw new IllegalStateException("not an address: " + address, e);
    }
  }
}
