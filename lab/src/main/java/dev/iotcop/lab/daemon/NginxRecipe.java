package dev.iotcop.lab.daemon;

import dev.iotcop.lab.profile.NginxService;
import dev.iotcop.lab.profile.SecurityTxt;
import dev.iotcop.lab.profile.TlsSettings;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** nginx serving static pages over HTTPS with exactly the protocols and ciphers of the profile. */
final class NginxRecipe {
  private NginxRecipe() {}

  static DaemonPlan prepare(NginxService spec, DeviceContext ctx) {
    Path dir = DeviceFiles.directory(ctx.layout().service(spec.name()));
    Path root = StaticSite.write(dir.resolve("www"), spec.pages(),
        "<!DOCTYPE html>\n<html><head><title>" + ctx.profile().hostname() + "</title></head><body></body></html>\n");
    if (spec.securityTxt() != null) {
      DeviceFiles.write(DeviceFiles.directory(root.resolve(".well-known")).resolve("security.txt"),
          securityTxt(spec.securityTxt(), ctx, spec.port()));
    }
    TlsSettings tls = spec.tls();
    IssuedCertificate certificate = ctx.certificateAuthority().issue(tls.certificate(), dir,
        ctx.profile().hostname() + ".local", ctx.ip());
    Path errorLog = ctx.layout().log(spec.name() + ".error.log");
    Path accessLog = ctx.layout().log(spec.name() + ".access.log");
    Path temp = DeviceFiles.directory(dir.resolve("tmp"));
    DeviceFiles.chown(temp, "www-data", "www-data");
    Path config = DeviceFiles.write(dir.resolve("nginx.conf"), """
        user www-data;
        worker_processes 1;
        pid %1$s/nginx.pid;
        error_log %2$s info;
        events { worker_connections 256; }
        http {
          access_log %3$s;
          client_body_temp_path %4$s/body;
          proxy_temp_path %4$s/proxy;
          fastcgi_temp_path %4$s/fastcgi;
          uwsgi_temp_path %4$s/uwsgi;
          scgi_temp_path %4$s/scgi;
          server_tokens off;
          types { text/html html; text/plain txt; }
          default_type application/octet-stream;
          server {
            listen %5$s:%6$d ssl;
            server_name %7$s;
            ssl_certificate %8$s;
            ssl_certificate_key %9$s;
            ssl_protocols %10$s;
            ssl_ciphers "%11$s";
            ssl_prefer_server_ciphers on;
            root %12$s;
            index index.html;
          }
        }
        """.formatted(dir, errorLog, accessLog, temp, ctx.ip(), spec.port(), ctx.profile().hostname(),
        certificate.certificate(), certificate.privateKey(), String.join(" ", tls.protocols()), tls.ciphers(), root));
    return DaemonPlan.builder(spec)
        .command(ctx.programs().require("nginx"), "-c", config, "-e", errorLog, "-g", "daemon off;")
        .log(errorLog)
        .log(accessLog)
        .artifact("certificate", certificate.certificate())
        .readyWhen(new Readiness.TcpAccepting(spec.port()))
        .build();
  }

  /** RFC 9116 fields; Expires is an RFC 3339 date-time relative to the start of the device. */
  static String securityTxt(SecurityTxt txt, DeviceContext ctx, int port) {
    StringBuilder out = new StringBuilder();
    txt.contact().forEach(c -> out.append("Contact: ").append(c).append('\n'));
    String expires = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
        ctx.startedAt().plus(txt.expiresInDays(), ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    out.append("Expires: ").append(expires).append('\n');
    if (txt.preferredLanguages() != null) {
      out.append("Preferred-Languages: ").append(txt.preferredLanguages()).append('\n');
    }
    if (txt.policy() != null) {
      out.append("Policy: ").append(txt.policy()).append('\n');
    }
    String portPart = port == 443 ? "" : ":" + port;
    out.append("Canonical: https://").append(ctx.ip()).append(portPart).append("/.well-known/security.txt\n");
    return out.toString();
  }
}
