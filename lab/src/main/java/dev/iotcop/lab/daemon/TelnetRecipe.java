package dev.iotcop.lab.daemon;

import dev.iotcop.lab.profile.TelnetService;
import java.nio.file.Path;
import java.util.List;

/** BusyBox telnetd, standalone or capped under xinetd. */
final class TelnetRecipe {
  private TelnetRecipe() {}

  static DaemonPlan prepare(TelnetService spec, DeviceContext ctx) {
    Path dir = DeviceFiles.directory(ctx.layout().service(spec.name()));
    Path issue = DeviceFiles.write(dir.resolve("issue"), spec.issue().isEmpty() ? "" : spec.issue() + "\n\n");
    Path busybox = ctx.programs().busybox();
    String login = spec.login() == TelnetService.Login.BUSYBOX
        ? ctx.programs().busyboxLogin().toString()
        : ctx.programs().require("login").toString();
    DaemonPlan.Builder plan = DaemonPlan.builder(spec).syslogTags("telnetd", "login");
    if (spec.cap() == null) {
      plan.command(busybox, "telnetd", "-F", "-p", spec.port(), "-b", ctx.ip(), "-l", login, "-f", issue)
          .readyWhen(new Readiness.TcpAccepting(spec.port()));
    } else {
      XinetdWrapper.plan(plan, ctx, spec.name(), spec.port(), spec.cap(), busybox,
          List.of("telnetd", "-i", "-l", login, "-f", issue.toString()));
    }
    return plan.build();
  }
}
