package dev.iotcop.lab.profile;

import java.util.regex.Pattern;

/** Shapes of the names a profile may use; they end up in file names, namespace names and shell words. */
final class Names {
  private static final Pattern SERVICE = Pattern.compile("[a-z][a-z0-9-]{0,30}(\\.[a-z][a-z0-9-]{0,15})?");
  private static final Pattern PROFILE = Pattern.compile("[a-z][a-z0-9-]{0,23}");
  private static final Pattern ACCOUNT = Pattern.compile("[a-z_][a-z0-9_-]{0,31}");
  private static final Pattern HOSTNAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9-]{0,62}");

  private Names() {}

  static String requireServiceName(String name, String what) {
    return require(SERVICE, name, what + " name", "lower-case letters, digits and '-'");
  }

  static String requireProfileName(String name) {
    return require(PROFILE, name, "profile name", "lower-case letters, digits and '-', at most 24 characters");
  }

  static String requireAccountName(String name) {
    return require(ACCOUNT, name, "account name", "a Unix user name");
  }

  static String requireHostname(String name) {
    return require(HOSTNAME, name, "hostname", "letters, digits and '-'");
  }

  private static String require(Pattern pattern, String value, String what, String shape) {
    if (value == null || !pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(what + " '" + value + "' must be " + shape);
    }
    return value;
  }

  /** Text that goes into a config file line: one line, no control characters. */
  static String requireLine(String value, String what) {
    if (value != null && value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw new IllegalArgumentException(what + " must be a single line without control characters");
    }
    return value;
  }
}
