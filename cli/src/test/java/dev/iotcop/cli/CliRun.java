package dev.iotcop.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** One in-process run of the command line, with what it printed. */
public record CliRun(int exit, String out, String err) {
  public static CliRun of(String... args) {
    return in(Path.of("").toAbsolutePath(), Map.of(), args);
  }

  /** A loopback TCP port nothing listens on (it was free a moment ago), for assessments that must find nothing. */
  public static int closedLoopbackPort() throws java.io.IOException {
    try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  public static CliRun in(Path dir, Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new Cli(new PrintWriter(out), new PrintWriter(err), env, dir, false).run(args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
