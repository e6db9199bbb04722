package dev.iotcop.cli.demo;

import dev.iotcop.catalog.Catalog;
import dev.iotcop.cli.CliContext;
import dev.iotcop.cli.CouldNotRun;
import dev.iotcop.cli.ExitCodes;
import dev.iotcop.cli.assess.ReportOptions;
import dev.iotcop.demo.DemoDevice;
import dev.iotcop.engine.Target;
import dev.iotcop.engine.check.Politeness;
import dev.iotcop.engine.report.RenderOptions;
import dev.iotcop.engine.report.Report;
import dev.iotcop.engine.run.Assessor;
import dev.iotcop.engine.verdict.Declarations;
import dev.iotcop.engine.verdict.VerdictValue;
import dev.iotcop.net.LegacyProtocols;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", description = "Start an embedded demo camera on loopback, assess it, print the summary and write the report.")
public final class DemoCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
  boolean help;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", defaultValue = "iotcop-demo-report.json",
      description = "Where to write the JSON report (default: ${DEFAULT-VALUE}).")
  String out;

  @Option(names = "--address", paramLabel = "ADDR", defaultValue = "127.0.0.1",
      description = "Loopback address the demo device listens on (default: ${DEFAULT-VALUE}).")
  String address;

  @Option(names = "--show-secrets", description = "Show the passwords found, unmasked.")
  boolean showSecrets;

  public DemoCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws Exception {
    ctx.allowQuickExit();
    InetAddress a = InetAddress.getByName(address);
    if (!a.isLoopbackAddress()) {
      throw new dev.iotcop.cli.UserError("cli.demo.error.not-loopback", address);
    }
    dev.iotcop.net.discovery.PortScanner.prepare();
    LegacyProtocols.allowForProbing();
    Catalog catalog = ctx.catalog();
    try (DemoDevice device = DemoDevice.start(a)) {
      ctx.out().println(ctx.msg("cli.demo.started", DemoDevice.MODEL, a.getHostAddress(), device.tcpPorts().entrySet().stream()
          .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))));
      ctx.out().flush();
      String tcp = device.tcpPorts().values().stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
      String udp = device.udpPorts().stream().map(String::valueOf).collect(Collectors.joining(","));
      Target.NetworkDevice target = new Target.NetworkDevice("demo-camera", a, Optional.empty(), tcp, udp);
      Assessor assessor = new Assessor(catalog, Clock.systemUTC(), ReportOptions.tool(catalog));
      Report report = assessor.assess(target, Assessor.discoverChecks(DemoCommand.class.getClassLoader()), Politeness.standard(),
          catalog.defaultEn303645Version(), Declarations.NONE, dev.iotcop.engine.check.ProgressSink.NONE);
      RenderOptions options = new RenderOptions(ctx.messages(), catalog, showSecrets);
      java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
      ReportOptions.writers().stream().filter(w -> w.format().equals("text")).findFirst().orElseThrow()
          .write(List.of(report), options, text);
      ctx.out().print(text.toString(java.nio.charset.StandardCharsets.UTF_8));
      Path file = ctx.resolve(out);
      try (OutputStream os = Files.newOutputStream(file)) {
        ReportOptions.writers().stream().filter(w -> w.format().equals("json")).findFirst().orElseThrow().write(List.of(report), options, os);
      } catch (IOException e) {
        throw new CouldNotRun("cli.error.cannot-write", file, e.getMessage());
      }
      long failed = report.verdicts().stream().filter(v -> v.verdict() == VerdictValue.FAIL).count();
      ctx.out().println(ctx.msg("cli.demo.done", failed, file));
      return ExitCodes.OK;
    }
  }
}
