package dev.iotcop.bench.peers;

import dev.iotcop.bench.ColdScan;
import dev.iotcop.lab.Lab;
import dev.iotcop.net.check.credentials.Credential;
import dev.iotcop.lab.LabAvailability;
import dev.iotcop.lab.LabDevice;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Runs, on one lab device in one go, iotcop's whole assessment and the pipeline a tester would run with peer tools
 * (nmap -sT -p-, then nmap -sV on the open ports, testssl.sh on every TLS port, ssh-audit on every SSH port, hydra
 * with the same credential list), and prints the time ratio and which weaknesses each found. Only the lab device's
 * address is ever contacted.
 */
public final class PeerComparison {
  private static final Duration LIMIT = Duration.ofMinutes(20);
  /** Services that usually share the device's account database, as iotcop's credential checks assume. */
  private static final java.util.Set<String> SYSTEM_LOGINS = java.util.Set.of("telnet", "ssh", "ftp");

  private final Path launcher;
  private final Path work;
  private final PrintStream out;

  /** {@code launcher} is the {@code iotcop} script, run as a user runs it (with its ahead-of-time cache). */
  PeerComparison(Path launcher, Path work, PrintStream out) {
    this.launcher = launcher;
    this.work = work;
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    String profile = args.length > 0 ? args[0] : "weak-camera";
    Path root = Path.of(System.getProperty("iotcop.root", ".")).toAbsolutePath().normalize();
    Path launcher = root.resolve("iotcop");
    // Builds the command line if needed and makes its start-up cache, so neither lands in the timed run.
    ProcessRun warm = ProcessRun.of(List.of(launcher.toString(), "--version"), LIMIT, root);
    if (warm.exit() != 0) {
      throw new IllegalStateException("the iotcop launcher failed: " + warm.stderr());
    }
    var availability = LabAvailability.check(List.of(dev.iotcop.lab.profile.DeviceProfiles.bundled(profile)),
        List.of("nmap", "testssl", "ssh-audit", "hydra"));
    if (!availability.ready()) {
      System.err.println(availability.explanation());
      System.exit(3);
    }
    Path work = Files.createTempDirectory("iotcop-peers-");
    Result r;
    try (LabDevice device = Lab.start(profile)) {
      r = new PeerComparison(launcher, work, System.out).run(device);
    }
    Path results = root.resolve("bench/results");
    Files.createDirectories(results);
    Path file = results.resolve("peers-" + profile + "-" + LocalDate.now() + ".md");
    for (int n = 2; Files.exists(file); n++) {
      file = results.resolve("peers-" + profile + "-" + LocalDate.now() + "-" + n + ".md");
    }
    Files.writeString(file, r.markdown(profile), StandardCharsets.UTF_8);
    System.out.println(r.markdown(profile));
    System.out.println("written to " + root.relativize(file));
  }

  record Timed(String step, Duration elapsed) {}

  record Result(List<Timed> iotcop, List<Timed> peers, Duration iotcopDiscovery, Duration iotcopDiscoveryAlone,
      Duration nmapDiscovery, List<Issue> ours, List<Issue> theirs) {
    Duration total(List<Timed> steps) {
      return steps.stream().map(Timed::elapsed).reduce(Duration.ZERO, Duration::plus);
    }

    String markdown(String profile) {
      StringBuilder sb = new StringBuilder();
      sb.append("## ").append(profile).append(", ").append(LocalDate.now()).append("\n\n");
      sb.append("| step | seconds |\n|---|---|\n");
      iotcop.forEach(t -> sb.append("| iotcop: ").append(t.step()).append(" | ").append(secs(t.elapsed())).append(" |\n"));
      peers.forEach(t -> sb.append("| peers: ").append(t.step()).append(" | ").append(secs(t.elapsed())).append(" |\n"));
      Duration ourTime = total(iotcop);
      Duration theirTime = total(peers);
      sb.append("\nWhole assessment: iotcop ").append(secs(ourTime)).append(" s, peer pipeline ").append(secs(theirTime))
          .append(" s, ratio ").append(String.format("%.1f%%", 100.0 * ourTime.toMillis() / Math.max(1, theirTime.toMillis())))
          .append(".\n");
      sb.append("Full-port TCP discovery (scan time as each tool reports it): iotcop ").append(secs(iotcopDiscoveryAlone))
          .append(" s alone in a fresh JVM (").append(secs(iotcopDiscovery)).append(" s within the assessment, beside the")
          .append(" checks it started), nmap -sT -p- ").append(secs(nmapDiscovery)).append(" s.\n\n");
      TreeSet<Issue> all = new TreeSet<>(theirs);
      all.addAll(ours);
      sb.append("| weakness | peers | iotcop |\n|---|---|---|\n");
      for (Issue i : all) {
        sb.append("| ").append(i).append(" | ").append(theirs.contains(i) ? "yes" : "-").append(" | ")
            .append(ours.contains(i) ? "yes" : "-").append(" |\n");
      }
      List<Issue> missed = theirs.stream().filter(i -> !ours.contains(i) && PolicyDifferences.reason(i).isEmpty()).toList();
      List<Issue> policy = theirs.stream().filter(i -> !ours.contains(i) && PolicyDifferences.reason(i).isPresent()).toList();
      sb.append("\nFound by the peers but not by iotcop: ").append(missed.isEmpty() ? "none" : missed.toString()).append(".\n");
      if (!policy.isEmpty()) {
        sb.append("\nReported by a peer under a policy iotcop does not follow (not counted as missed):\n");
        policy.forEach(i -> sb.append("- ").append(i).append(": ").append(PolicyDifferences.reason(i).orElseThrow()).append("\n"));
      }
      return sb.toString();
    }

    private static String secs(Duration d) {
      return String.format("%.2f", d.toMillis() / 1000.0);
    }
  }

  Result run(LabDevice device) throws IOException, InterruptedException {
    String address = device.address().getHostAddress();
    List<Timed> ours = new ArrayList<>();
    ProcessRun assess = ProcessRun.of(List.of(launcher.toString(), "assess", address, "--format", "json",
        "--out", "iotcop.json"), LIMIT, work);
    ours.add(new Timed("assess (everything)", assess.elapsed()));
    String report = Files.readString(work.resolve("iotcop.json"));
    List<Issue> ourIssues = IotcopOutputs.issues(report);
    Duration ourDiscovery = IotcopOutputs.checkTime(report, "net.discovery.tcp");
    // Within the assessment the scan shares the machine with the checks it has already started (and, in the lab, with
    // the device itself); nmap -sT -p- runs alone, so the scan is also timed alone, in a fresh JVM as bench/cold-scan
    // does (setting the scanner up included; not part of the ratio).
    ProcessRun alone = ProcessRun.of(List.of(ProcessHandle.current().info().command().orElseThrow(),
        "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), ColdScan.class.getName(), address,
        "poll", "1000"), LIMIT, work);
    Duration ourDiscoveryAlone = Duration.ofMillis(Long.parseLong(alone.stdout().strip().split(" ", 2)[0]));

    List<Timed> peers = new ArrayList<>();
    List<Issue> theirIssues = new ArrayList<>();
    ProcessRun all = ProcessRun.of(List.of("nmap", "-sT", "-p-", "-n", "-oX", "nmap-all.xml", address), LIMIT, work);
    peers.add(new Timed("nmap -sT -p-", all.elapsed()));
    List<PeerOutputs.NmapPort> open = PeerOutputs.nmapXml(Files.readString(work.resolve("nmap-all.xml")));
    Duration nmapDiscovery = PeerOutputs.nmapElapsed(Files.readString(work.resolve("nmap-all.xml")));
    open.forEach(p -> theirIssues.add(new Issue(Issue.Kind.OPEN_PORT, p.port(), "")));
    String ports = open.stream().map(p -> Integer.toString(p.port())).collect(Collectors.joining(","));
    List<PeerOutputs.NmapPort> services = List.of();
    if (!ports.isEmpty()) {
      ProcessRun sv = ProcessRun.of(List.of("nmap", "-sT", "-sV", "-n", "-p", ports, "-oX", "nmap-sv.xml", address), LIMIT, work);
      peers.add(new Timed("nmap -sV", sv.elapsed()));
      services = PeerOutputs.nmapXml(Files.readString(work.resolve("nmap-sv.xml")));
    }
    for (PeerOutputs.NmapPort p : services) {
      if (p.tls()) {
        Path json = work.resolve("testssl-" + p.port() + ".json");
        ProcessRun t = ProcessRun.of(List.of("testssl", "--quiet", "--color", "0", "--warnings", "off", "--jsonfile", json.toString(),
            address + ":" + p.port()), LIMIT, work);
        peers.add(new Timed("testssl.sh :" + p.port(), t.elapsed()));
        if (Files.exists(json)) {
          theirIssues.addAll(PeerOutputs.testssl(Files.readString(json), p.port()));
        }
      }
      if (p.service().equals("ssh")) {
        ProcessRun s = ProcessRun.of(List.of("ssh-audit", "-l", "warn", address + ":" + p.port()), LIMIT, work);
        peers.add(new Timed("ssh-audit :" + p.port(), s.elapsed()));
        theirIssues.addAll(PeerOutputs.sshAudit(s.stdout(), p.port()));
      }
      String hydraService = switch (p.service()) {
        case "telnet", "ssh", "ftp" -> p.service();
        case "http" -> p.tls() ? null : "http-get";
        default -> null;
      };
      if (hydraService != null) {
        long sharing = SYSTEM_LOGINS.contains(p.service())
            ? services.stream().filter(x -> SYSTEM_LOGINS.contains(x.service())).count() : 1;
        List<Credential> pairs = CredentialPairs.forService(p.service(), p.product(), (int) sharing);
        if (!pairs.isEmpty()) {
          Path list = work.resolve("creds-" + p.port() + ".txt");
          Files.write(list, pairs.stream().map(c -> c.username() + ":" + c.password()).toList(), StandardCharsets.UTF_8);
          List<String> cmd = new ArrayList<>(List.of("hydra", "-C", list.toString(), "-t", "2", "-f", "-s", Integer.toString(p.port())));
          if (hydraService.equals("http-get")) {
            cmd.addAll(List.of(address, "http-get", HttpLoginPaths.protectedPath(address, p.port())));
          } else {
            cmd.add(hydraService + "://" + address);
          }
          ProcessRun h = ProcessRun.of(cmd, LIMIT, work);
          peers.add(new Timed("hydra " + hydraService + " :" + p.port(), h.elapsed()));
          theirIssues.addAll(PeerOutputs.hydra(h.stdout()));
        }
      }
    }
    return new Result(ours, peers, ourDiscovery, ourDiscoveryAlone, nmapDiscovery, ourIssues, theirIssues.stream().distinct().sorted().toList());
  }
}
