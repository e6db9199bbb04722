package dev.iotcop.lab.daemon;

import dev.iotcop.lab.profile.VsftpdService;
import java.nio.file.Path;

/** vsftpd in the foreground with its protocol log; local logins use the device's PAM stack {@code vsftpd}. */
final class VsftpdRecipe {
  private VsftpdRecipe() {}

  static DaemonPlan prepare(VsftpdService spec, DeviceContext ctx) {
    Path dir = DeviceFiles.directory(ctx.layout().service(spec.name()));
    Path anonymousRoot = StaticSite.write(dir.resolve("ftp"), spec.files(), null);
    DeviceFiles.directory(anonymousRoot, "r-xr-xr-x");
    Path empty = DeviceFiles.directory(dir.resolve("empty"), "r-xr-xr-x");
    Path log = ctx.layout().log(spec.name() + ".vsftpd.log");
    StringBuilder config = new StringBuilder("""
        listen=YES
        listen_ipv6=NO
        listen_address=%s
        listen_port=%d
        background=NO
        anonymous_enable=%s
        anon_root=%s
        no_anon_password=YES
        local_enable=%s
        write_enable=NO
        pam_service_name=vsftpd
        secure_chroot_dir=%s
        xferlog_enable=YES
        vsftpd_log_file=%s
        log_ftp_protocol=YES
        connect_from_port_20=NO
        seccomp_sandbox=NO
        """.formatted(ctx.ip(), spec.port(), yesNo(spec.anonymous()), anonymousRoot, yesNo(spec.localLogin()), empty,
        log));
    if (spec.banner() != null) {
      config.append("ftpd_banner=").append(spec.banner()).append('\n');
    }
    if (spec.maxClients() > 0) {
      config.append("max_clients=").append(spec.maxClients()).append('\n');
    }
    if (spec.maxPerIp() > 0) {
      config.append("max_per_ip=").append(spec.maxPerIp()).append('\n');
    }
    Path file = DeviceFiles.write(dir.resolve("vsftpd.conf"), config.toString(), "rw-------");
    return DaemonPlan.builder(spec)
        .command(ctx.programs().require("vsftpd"), file)
        .log(log)
        .syslogTags("vsftpd")
        .readyWhen(new Readiness.TcpAccepting(spec.port()))
        .build();
  }

  private static String yesNo(boolean value) {
    return value ? "YES" : "NO";
  }
}
