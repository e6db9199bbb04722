package dev.iotcop.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The {@code iotcop} executable. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    boolean interactive = System.console() != null && System.getenv("IOTCOP_NO_PROGRESS") == null;
    Cli cli = new Cli(out, err, System.getenv(), Path.of("").toAbsolutePath(), interactive);
    int code = cli.run(args); // flushes both writers
    if (cli.context().quickExitAllowed()) {
      QuickExit.exit(code);
    }
    System.exit(code);
  }
}
