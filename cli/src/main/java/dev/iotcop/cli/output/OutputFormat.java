package dev.iotcop.cli.output;

/** The formats a command may print in. Each command accepts the subset it supports. */
public enum OutputFormat {
  TEXT,
  JSON,
  CSV,
  OSCAL;

  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
