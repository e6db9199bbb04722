package dev.iotcop.lab.daemon;

import dev.iotcop.lab.HostCommands;
import dev.iotcop.lab.profile.OpenSshService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * OpenSSH sshd in the foreground, logging to stderr. Password login goes through the device's PAM stack
 * {@code sshd} (with pam_faillock when the profile has a lockout); accounts with a generated key are authorised.
 */
final class OpenSshRecipe {
  private OpenSshRecipe() {}

  static DaemonPlan prepare(OpenSshService spec, DeviceContext ctx) {
    Path dir = DeviceFiles.directory(ctx.layout().service(spec.name()));
    StringBuilder config = new StringBuilder();
    line(config, "ListenAddress", ctx.ip() + ":" + spec.port());
    for (String type : spec.hostKeys()) {
      Path key = dir.resolve("ssh_host_" + type + "_key");
      List<String> keygen = switch (type) {
        case "rsa" -> List.of("-t", "rsa", "-b", "3072");
        case "ecdsa" -> List.of("-t", "ecdsa", "-b", "256");
        default -> List.of("-t", "ed25519");
      };
      HostCommands.run(concat(List.of("ssh-keygen", "-q", "-N", "", "-C", ctx.profile().hostname()), keygen,
          List.of("-f", key.toString()))).orThrow();
      line(config, "HostKey", key);
    }
    Path authorized = DeviceFiles.directory(dir.resolve("authorized_keys"));
    for (DeviceAccount account : ctx.accounts().values()) {
      if (account.clientKey().isPresent()) {
        Path publicKey = Path.of(account.clientKey().get() + ".pub");
        DeviceFiles.write(authorized.resolve(account.name()), read(publicKey));
      }
    }
    line(config, "PidFile", "none");
    line(config, "UsePAM", yesNo(spec.passwordLogin()));
    line(config, "PasswordAuthentication", yesNo(spec.passwordLogin()));
    line(config, "KbdInteractiveAuthentication", "no");
    line(config, "PubkeyAuthentication", "yes");
    line(config, "AuthorizedKeysFile", authorized + "/%u");
    line(config, "StrictModes", "no");
    line(config, "PermitRootLogin", spec.rootLogin() ? "yes" : "no");
    if (!spec.kex().isEmpty()) {
      line(config, "KexAlgorithms", String.join(",", spec.kex()));
    }
    if (!spec.ciphers().isEmpty()) {
      line(config, "Ciphers", String.join(",", spec.ciphers()));
    }
    if (!spec.macs().isEmpty()) {
      line(config, "MACs", String.join(",", spec.macs()));
    }
    if (spec.maxStartups() != null) {
      line(config, "MaxStartups", spec.maxStartups());
    }
    if (spec.perSourceMaxStartups() != null) {
      line(config, "PerSourceMaxStartups", spec.perSourceMaxStartups());
    }
    if (spec.maxSessions() != null) {
      line(config, "MaxSessions", spec.maxSessions());
    }
    if (spec.maxAuthTries() != null) {
      line(config, "MaxAuthTries", spec.maxAuthTries());
    }
    if (spec.banner() != null) {
      line(config, "Banner", DeviceFiles.write(dir.resolve("banner"), spec.banner() + "\n"));
    }
    line(config, "LoginGraceTime", 30);
    line(config, "UseDNS", "no");
    line(config, "PrintMotd", "no");
    line(config, "X11Forwarding", "no");
    line(config, "AllowTcpForwarding", "no");
    line(config, "LogLevel", "VERBOSE");
    Path file = DeviceFiles.write(dir.resolve("sshd_config"), config.toString());
    return DaemonPlan.builder(spec)
        .command(ctx.programs().require("sshd"), "-D", "-e", "-f", file)
        .syslogTags("sshd")
        .mountSetup("mkdir -p /run/sshd && chmod 0755 /run/sshd")
        .readyWhen(new Readiness.TcpAccepting(spec.port()))
        .build();
  }

  private static void line(StringBuilder config, String keyword, Object value) {
    config.append(keyword).append(' ').append(value).append('\n');
  }

  private static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }

  private static List<String> concat(List<String> a, List<String> b, List<String> c) {
    return java.util.stream.Stream.of(a, b, c).flatMap(List::stream).toList();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read " + file, e);
    }
  }
}
