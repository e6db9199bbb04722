package dev.iotcop.cli;

/** Exit codes of every iotcop command (DESIGN §8). */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int USAGE = 2;
  public static final int COULD_NOT_RUN = 3;

  private ExitCodes() {}
}
