package dev.iotcop.lab.daemon;

import dev.iotcop.lab.profile.ConnectionCap;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs an inetd-mode daemon under xinetd, which caps concurrent connections ({@code instances}) and connections per
 * source address ({@code per_source}). Connections over a cap are closed at once and logged as {@code FAIL} lines.
 */
final class XinetdWrapper {
  private XinetdWrapper() {}

  static void plan(DaemonPlan.Builder plan, DeviceContext ctx, String service, int port, ConnectionCap cap,
      Path server, List<String> serverArguments) {
    Path dir = ctx.layout().service(service);
    Path log = DeviceFiles.ownedFile(ctx.layout().log(service + ".xinetd.log"), "root", null);
    Path config = DeviceFiles.write(dir.resolve("xinetd.conf"), """
        defaults
        {
          log_type       = FILE %s
          log_on_success = PID HOST DURATION EXIT
          log_on_failure = HOST ATTEMPT
        }

        service %s
        {
          type        = UNLISTED
          id          = %s
          port        = %d
          bind        = %s
          socket_type = stream
          protocol    = tcp
          wait        = no
          user        = root
          server      = %s
          server_args = %s
          instances   = %d
          per_source  = %d
          flags       = IPv4 NOLIBWRAP
        }
        """.formatted(log, service, service, port, ctx.ip(), server, String.join(" ", serverArguments),
        cap.maxConnections(), cap.perSource()));
    plan.command(ctx.programs().xinetd(), "-dontfork", "-f", config, "-pidfile", dir.resolve("xinetd.pid"))
        .log(log)
        .syslogTags("xinetd")
        .readyWhen(new Readiness.TcpAccepting(port));
  }
}
