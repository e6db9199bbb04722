package dev.iotcop.cli;

/** The command was understood but could not be carried out (unreadable file, unreachable target): exit code 3. */
public final class CouldNotRun extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Object[] args;

  public CouldNotRun(String key, Object... args) {
    super(key);
    this.args = args.clone();
  }

  public String key() {
    return getMessage();
  }

  public Object[] args() {
    return args.clone();
  }
}
