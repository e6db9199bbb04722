package dev.iotcop.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The {@code iotcop} executable. */
public final class Main {
  private Main() {}

  /** Fewest carrier threads for virtual threads; see {@link #main}. */
  static final int MIN_CARRIERS = 4;

  static final String PARALLELISM = "jdk.virtualThreadScheduler.parallelism";

  /**
   * Gives virtual threads at least {@link #MIN_CARRIERS} carrier threads unless the user chose a number; must run
   * before the first virtual thread starts. Checks mostly wait on the network, but the first use of a protocol library
   * (SSH, TLS, the credential data) loads and initialises classes on its carrier, which no other virtual thread can use
   * meanwhile: with one carrier per core, two such starts on a two-core machine held every other check back by up to
   * 0.4 s.
   */
  static void ensureCarriers() {
    if (System.getProperty(PARALLELISM) == null) {
      System.setProperty(PARALLELISM, Integer.toString(Math.max(MIN_CARRIERS, Runtime.getRuntime().availableProcessors())));
    }
  }

  public static void main(String[] args) {
    ensureCarriers();
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
