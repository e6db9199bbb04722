package dev.iotcop.lab.daemon;

import dev.iotcop.lab.profile.BasicAuth;
import dev.iotcop.lab.profile.LighttpdService;
import java.nio.file.Path;

/** lighttpd with static pages and, when asked, basic authentication (plain-text user file, as cheap devices do). */
final class LighttpdRecipe {
  private LighttpdRecipe() {}

  static DaemonPlan prepare(LighttpdService spec, DeviceContext ctx) {
    Path dir = DeviceFiles.directory(ctx.layout().service(spec.name()));
    Path root = StaticSite.write(dir.resolve("www"), spec.pages(),
        "<!DOCTYPE html>\n<html><head><title>" + ctx.profile().hostname() + "</title></head><body></body></html>\n");
    Path errorLog = DeviceFiles.ownedFile(ctx.layout().log(spec.name() + ".error.log"), "www-data", "www-data");
    Path accessLog = DeviceFiles.ownedFile(ctx.layout().log(spec.name() + ".access.log"), "www-data", "www-data");
    StringBuilder config = new StringBuilder("""
        server.modules = ("mod_auth", "mod_authn_file", "mod_accesslog")
        server.document-root = "%s"
        server.bind = "%s"
        server.port = %d
        server.username = "www-data"
        server.groupname = "www-data"
        server.errorlog = "%s"
        accesslog.filename = "%s"
        index-file.names = ("index.html")
        mimetype.assign = (".html" => "text/html", ".txt" => "text/plain", ".css" => "text/css")
        """.formatted(root, ctx.ip(), spec.port(), errorLog, accessLog));
    if (spec.serverTag() != null) {
      config.append("server.tag = \"").append(spec.serverTag().replace("\"", "")).append("\"\n");
    }
    BasicAuth auth = spec.basicAuth();
    if (auth != null) {
      Path users = DeviceFiles.write(dir.resolve("users"), auth.user() + ":" + auth.password() + "\n", "rw-------");
      DeviceFiles.chown(users, "www-data", "www-data");
      config.append("""
          auth.backend = "plain"
          auth.backend.plain.userfile = "%s"
          auth.require = ("%s" => ("method" => "basic", "realm" => "%s", "require" => "valid-user"))
          """.formatted(users, auth.path(), auth.realm()));
    }
    Path file = DeviceFiles.write(dir.resolve("lighttpd.conf"), config.toString());
    return DaemonPlan.builder(spec)
        .command(ctx.programs().require("lighttpd"), "-D", "-f", file)
        .log(errorLog)
        .log(accessLog)
        .readyWhen(new Readiness.TcpAccepting(spec.port()))
        .build();
  }
}
