package dev.iotcop.lab.daemon;

import dev.iotcop.lab.HostCommands;
import dev.iotcop.lab.profile.MosquittoService;
import dev.iotcop.lab.profile.TlsSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Mosquitto 2 with one explicit listener (2.x refuses anonymous clients unless told otherwise). Passwords are hashed
 * by {@code mosquitto_passwd -U} from a file, so they never appear on a command line.
 */
final class MosquittoRecipe {
  private MosquittoRecipe() {}

  static DaemonPlan prepare(MosquittoService spec, DeviceContext ctx) {
    Path dir = DeviceFiles.directory(ctx.layout().service(spec.name()));
    Path log = DeviceFiles.ownedFile(ctx.layout().log(spec.name() + ".mosquitto.log"), "mosquitto", null);
    StringBuilder config = new StringBuilder("""
        per_listener_settings true
        persistence false
        log_dest file %s
        log_type error
        log_type warning
        log_type notice
        log_type information
        connection_messages true
        listener %d %s
        allow_anonymous %s
        """.formatted(log, spec.port(), ctx.ip(), spec.anonymous()));
    if (!spec.users().isEmpty()) {
      String plain = spec.users().entrySet().stream().map(e -> e.getKey() + ":" + e.getValue())
          .collect(Collectors.joining("\n", "", "\n"));
      Path passwords = DeviceFiles.write(dir.resolve("passwords"), plain, "rw-------");
      HostCommands.run(List.of(ctx.programs().require("mosquitto_passwd").toString(), "-U", passwords.toString()))
          .orThrow();
      DeviceFiles.chown(passwords, "mosquitto", null);
      config.append("password_file ").append(passwords).append('\n');
    }
    DaemonPlan.Builder plan = DaemonPlan.builder(spec);
    TlsSettings tls = spec.tls();
    if (tls != null) {
      IssuedCertificate certificate = ctx.certificateAuthority().issue(tls.certificate(), dir,
          ctx.profile().hostname() + ".local", ctx.ip());
      DeviceFiles.chown(certificate.privateKey(), "mosquitto", null);
      config.append("certfile ").append(certificate.certificate()).append('\n')
          .append("keyfile ").append(certificate.privateKey()).append('\n')
          .append("tls_version ").append(tls.oldestProtocol().toLowerCase(Locale.ROOT)).append('\n')
          .append("ciphers ").append(tls.ciphers()).append('\n');
      plan.artifact("certificate", certificate.certificate());
    }
    Path file = DeviceFiles.write(dir.resolve("mosquitto.conf"), config.toString());
    return plan
        .command(ctx.programs().require("mosquitto"), "-c", file)
        .log(log)
        .readyWhen(new Readiness.TcpAccepting(spec.port()))
        .build();
  }
}
