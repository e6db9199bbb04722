package dev.iotcop.lab.daemon;

import dev.iotcop.lab.HostCommands;
import dev.iotcop.lab.profile.DropbearService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Dropbear with its own Ed25519 and ECDSA host keys, standalone or in inetd mode under xinetd. */
final class DropbearRecipe {
  private DropbearRecipe() {}

  static DaemonPlan prepare(DropbearService spec, DeviceContext ctx) {
    Path dir = DeviceFiles.directory(ctx.layout().service(spec.name()));
    List<String> options = new ArrayList<>();
    for (String type : List.of("ed25519", "ecdsa")) {
      Path key = dir.resolve("dropbear_" + type + "_host_key");
      HostCommands.run(List.of(ctx.programs().require("dropbearkey").toString(), "-t", type, "-f", key.toString()))
          .orThrow();
      options.addAll(List.of("-r", key.toString()));
    }
    options.addAll(List.of("-T", Integer.toString(spec.maxAuthTries())));
    if (!spec.passwordLogin()) {
      options.add("-s");
    }
    if (!spec.rootLogin()) {
      options.add("-w");
    }
    if (spec.banner() != null) {
      options.addAll(List.of("-b", DeviceFiles.write(dir.resolve("banner"), spec.banner() + "\n").toString()));
    }
    Path dropbear = ctx.programs().require("dropbear");
    DaemonPlan.Builder plan = DaemonPlan.builder(spec).syslogTags("dropbear");
    if (spec.cap() == null) {
      plan.command(dropbear, "-F", "-E", "-p", ctx.ip() + ":" + spec.port(), "-P", dir.resolve("dropbear.pid"))
          .command(options.toArray())
          .readyWhen(new Readiness.TcpAccepting(spec.port()));
    } else {
      List<String> arguments = new ArrayList<>(List.of("-i"));
      arguments.addAll(options);
      XinetdWrapper.plan(plan, ctx, spec.name(), spec.port(), spec.cap(), dropbear, arguments);
    }
    return plan.build();
  }
}
