package dev.iotcop.cli;

import java.util.List;

/**
 * A mistake in what the user asked for (an unknown id, standard, version or language). Printed as one line, with
 * close matches when there are any, and exit code 2; never a stack trace.
 */
public final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String key;
  private final transient Object[] args;
  private final transient List<String> suggestions;

  public UserError(String key, List<String> suggestions, Object... args) {
    super(key);
    this.key = key;
    this.args = args.clone();
    this.suggestions = List.copyOf(suggestions);
  }

  public UserError(String key, Object... args) {
    this(key, List.of(), args);
  }

  public String key() {
    return key;
  }

  public Object[] args() {
    return args.clone();
  }

  public List<String> suggestions() {
    return suggestions;
  }
}
