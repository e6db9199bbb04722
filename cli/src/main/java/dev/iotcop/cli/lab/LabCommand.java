package dev.iotcop.cli.lab;

import dev.iotcop.cli.CliContext;
import dev.iotcop.cli.CouldNotRun;
import dev.iotcop.cli.ExitCodes;
import dev.iotcop.cli.UserError;
import dev.iotcop.cli.output.Json;
import dev.iotcop.cli.output.OutputFormat;
import dev.iotcop.cli.output.TextTable;
import dev.iotcop.lab.DeviceState;
import dev.iotcop.lab.EndpointState;
import dev.iotcop.lab.Lab;
import dev.iotcop.lab.LabAvailability;
import dev.iotcop.lab.LabException;
import dev.iotcop.lab.profile.DeviceProfile;
import dev.iotcop.lab.profile.DeviceProfiles;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "lab", description = "Run simulated devices (real Debian daemons in network namespaces) to try iotcop without hardware. Needs root.",
    subcommands = {LabCommand.Up.class, LabCommand.Down.class, LabCommand.Status.class})
public final class LabCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
  boolean help;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "up", description = "Start a device from a profile (weak-camera, hardened-hub, fragile, or a YAML file) and leave it running.")
  static final class Up implements Callable<Integer> {
    private final CliContext ctx;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
    boolean help;

    @Parameters(paramLabel = "PROFILE", description = "A bundled profile name or a profile YAML file.")
    String profile;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", description = "text or json.")
    OutputFormat format;

    Up(CliContext ctx) {
      this.ctx = ctx;
    }

    @Override
    public Integer call() {
      List<String> known = DeviceProfiles.bundledNames();
      if (!known.contains(profile) && !profile.endsWith(".yaml") && !profile.endsWith(".yml")) {
        throw new UserError("cli.lab.error.unknown-profile", dev.iotcop.catalog.query.CloseMatches.of(profile, known, 3), profile,
            String.join(", ", known));
      }
      DeviceProfile p = profile.endsWith(".yaml") || profile.endsWith(".yml")
          ? DeviceProfiles.read(ctx.resolve(profile)) : DeviceProfiles.bundled(profile);
      var availability = LabAvailability.check(List.of(p));
      if (!availability.ready()) {
        throw new CouldNotRun("cli.lab.error.unavailable", availability.explanation());
      }
      DeviceState state;
      try {
        state = Lab.up(profile.endsWith(".yaml") || profile.endsWith(".yml") ? ctx.resolve(profile).toString() : profile);
      } catch (LabException e) {
        throw new CouldNotRun("cli.lab.error.start", e.getMessage());
      }
      if (format == OutputFormat.JSON) {
        Json.print(ctx.out(), state);
      } else {
        ctx.out().println(ctx.msg("cli.lab.up", state.name(), state.profile(), state.address()));
        print(ctx, state);
        ctx.out().println(ctx.msg("cli.lab.up.next", state.address(), state.name()));
      }
      return ExitCodes.OK;
    }
  }

  @Command(name = "down", description = "Stop a device started with 'lab up' (or all of them) and remove its namespace.")
  static final class Down implements Callable<Integer> {
    private final CliContext ctx;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
    boolean help;

    @Parameters(paramLabel = "NAME", arity = "0..1", description = "The device to stop (see 'lab status').")
    String name;

    @Option(names = "--all", description = "Stop every lab device.")
    boolean all;

    Down(CliContext ctx) {
      this.ctx = ctx;
    }

    @Override
    public Integer call() {
      List<DeviceState> running = Lab.list();
      if (all || (name == null && running.size() <= 1)) {
        List<String> stopped = Lab.downAll();
        ctx.out().println(stopped.isEmpty() ? ctx.msg("cli.lab.down.none") : ctx.msg("cli.lab.down", String.join(", ", stopped)));
        return ExitCodes.OK;
      }
      if (name == null) {
        throw new UserError("cli.lab.error.which", String.join(", ", running.stream().map(DeviceState::name).toList()));
      }
      if (!Lab.down(name)) {
        throw new UserError("cli.lab.error.unknown-device", dev.iotcop.catalog.query.CloseMatches.of(name,
            running.stream().map(DeviceState::name).toList(), 3), name);
      }
      ctx.out().println(ctx.msg("cli.lab.down", name));
      return ExitCodes.OK;
    }
  }

  @Command(name = "status", description = "List the lab devices that are running.")
  static final class Status implements Callable<Integer> {
    private final CliContext ctx;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
    boolean help;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", description = "text or json.")
    OutputFormat format;

    Status(CliContext ctx) {
      this.ctx = ctx;
    }

    @Override
    public Integer call() {
      List<DeviceState> running = Lab.list();
      if (format == OutputFormat.JSON) {
        Json.print(ctx.out(), running);
        return ExitCodes.OK;
      }
      if (running.isEmpty()) {
        ctx.out().println(ctx.msg("cli.lab.status.none"));
      }
      for (DeviceState s : running) {
        ctx.out().println(s.name() + "  " + s.profile() + "  " + s.address() + "  " + s.startedAt());
        print(ctx, s);
      }
      return ExitCodes.OK;
    }
  }

  static void print(CliContext ctx, DeviceState state) {
    TextTable t = new TextTable(List.of(ctx.msg("cli.col.service"), ctx.msg("cli.col.port"), ctx.msg("cli.col.kind")));
    for (EndpointState e : state.endpoints()) {
      t.row(List.of(e.endpoint(), e.port() + "/" + e.transport(), e.type()));
    }
    t.print(ctx.out());
  }
}
