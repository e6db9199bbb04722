package dev.iotcop.cli.assess;

import dev.iotcop.catalog.Catalog;
import dev.iotcop.cli.CliContext;
import dev.iotcop.cli.CouldNotRun;
import dev.iotcop.cli.ExitCodes;
import dev.iotcop.cli.UserError;
import dev.iotcop.engine.Target;
import dev.iotcop.engine.check.Check;
import dev.iotcop.engine.check.Politeness;
import dev.iotcop.engine.fact.OpenPort;
import dev.iotcop.engine.report.Report;
import dev.iotcop.engine.run.AssessmentResult;
import dev.iotcop.engine.run.Assessor;
import dev.iotcop.engine.verdict.Declarations;
import dev.iotcop.engine.verdict.VerdictValue;
import dev.iotcop.net.discovery.PortScanner;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "assess", description = "Assess devices on the network against EN 303 645: discover services, test them, give a verdict per provision.")
public final class AssessCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
  boolean help;

  @Parameters(paramLabel = "TARGET", arity = "1..*", description = "IP address, host name or small IPv4 CIDR range (e.g. 192.168.1.0/28).")
  List<String> targets;

  @Option(names = "--ports", paramLabel = "SPEC", defaultValue = Target.NetworkDevice.ALL_PORTS,
      description = "TCP ports to discover, e.g. 1-1024,8080 (default: all).")
  String ports;

  @Option(names = "--udp-ports", paramLabel = "SPEC", defaultValue = Target.NetworkDevice.DEFAULT_UDP_PORTS,
      description = "UDP ports probed for SNMP, SSDP, mDNS and CoAP (default: ${DEFAULT-VALUE}).")
  String udpPorts;

  @Option(names = "--vendor-url", paramLabel = "URL", description = "The manufacturer's web site, checked for a security.txt.")
  String vendorUrl;

  @Option(names = "--max-hosts", paramLabel = "N", defaultValue = "256",
      description = "Refuse targets that expand to more addresses than this (default: ${DEFAULT-VALUE}, at most 4096).")
  int maxHosts;

  @Mixin
  ReportOptions report;

  @Mixin
  PolitenessOptions politeness;

  @Option(names = "--checks", paramLabel = "ID", split = ",", description = "Run only checks whose id starts with one of these (discovery always runs).")
  List<String> only;

  public AssessCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws Exception {
    ctx.allowQuickExit();
    if (maxHosts < 1 || maxHosts > 4096) {
      throw new UserError("cli.assess.error.bad-max-hosts", maxHosts);
    }
    validatePorts();
    PortScanner.prepare();
    dev.iotcop.net.LegacyProtocols.allowForProbing();
    Optional<URI> vendor = vendorUri();
    if (report.versionChosen()) {
      report.version(ctx.catalog());
    }
    report.writer();
    Politeness p = politeness.politeness();
    List<TargetParser.NamedTarget> named = new TargetParser(maxHosts).parse(targets);
    List<Check> checks = CheckSelection.select(Assessor.discoverChecks(AssessCommand.class.getClassLoader()), only);
    CatalogPreload preload = new CatalogPreload(ctx);
    List<AssessmentResult> results = new ArrayList<>();
    for (TargetParser.NamedTarget t : named) {
      List<InetAddress> addresses = t.range() ? LiveHosts.find(t.addresses(), p, ctx, t.input()) : t.addresses();
      for (InetAddress address : addresses) {
        String label = t.range() || !t.input().equals(address.getHostAddress()) ? t.input() + " (" + address.getHostAddress() + ")" : t.input();
        Target.NetworkDevice target = new Target.NetworkDevice(label, address, vendor, ports, udpPorts);
        TerminalProgress progress = new TerminalProgress(ctx.err(), ctx.interactive(), "[" + address.getHostAddress() + "]");
        AssessmentResult r = Assessor.run(target, checks, p, Clock.systemUTC(), preload.whenDiscoveryIsDone(progress));
        progress.clear();
        if (r.facts().all(OpenPort.class).isEmpty()) {
          ctx.err().println(ctx.msg("cli.assess.nothing-answered", address.getHostAddress()));
        }
        results.add(r);
      }
    }
    if (results.isEmpty()) {
      throw new CouldNotRun("cli.assess.no-live-hosts", String.join(", ", targets));
    }
    Catalog catalog = ctx.catalog();
    String version = report.version(catalog);
    Assessor assessor = new Assessor(catalog, Clock.systemUTC(), ReportOptions.tool(catalog));
    List<Report> reports = results.stream().map(r -> assessor.report(r, version, Declarations.NONE)).toList();
    report.emit(ctx, reports, catalog);
    boolean failed = reports.stream().flatMap(r -> r.verdicts().stream()).anyMatch(v -> v.verdict() == VerdictValue.FAIL);
    boolean nothing = reports.stream().allMatch(r -> r.result().facts().all(OpenPort.class).isEmpty());
    return failed ? ExitCodes.FAILED : nothing ? ExitCodes.COULD_NOT_RUN : ExitCodes.OK;
  }

  private void validatePorts() {
    try {
      dev.iotcop.net.discovery.PortSpec.parse(ports);
      dev.iotcop.net.discovery.PortSpec.parse(udpPorts);
    } catch (IllegalArgumentException e) {
      throw new UserError("cli.assess.error.bad-ports", e.getMessage());
    }
  }

  private Optional<URI> vendorUri() {
    if (vendorUrl == null) {
      return Optional.empty();
    }
    try {
      URI u = new URI(vendorUrl.contains("://") ? vendorUrl : "https://" + vendorUrl);
      if (u.getHost() == null || !(u.getScheme().equals("https") || u.getScheme().equals("http"))) {
        throw new UserError("cli.assess.error.bad-url", vendorUrl);
      }
      return Optional.of(u);
    } catch (URISyntaxException e) {
      throw new UserError("cli.assess.error.bad-url", vendorUrl);
    }
  }
}
