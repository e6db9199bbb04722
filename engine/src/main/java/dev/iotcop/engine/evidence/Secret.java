package dev.iotcop.engine.evidence;

import java.util.Objects;

/**
 * A secret a check found (a working password, a community string). Its {@link #toString()} is masked so a secret never
 * leaks into logs by accident; reports reveal {@link #reveal()} only when the user asked for it.
 */
public record Secret(String value) {
  public Secret {
    Objects.requireNonNull(value, "value");
  }

  /** Keeps the first character of secrets longer than four characters, masks the rest. */
  public String masked() {
    if (value.isEmpty()) {
      return "(empty)";
    }
    return value.length() > 4 ? value.charAt(0) + "*".repeat(value.length() - 1) : "*".repeat(value.length());
  }

  public String reveal() {
    return value;
  }

  public String render(boolean showSecrets) {
    return showSecrets ? (value.isEmpty() ? "(empty)" : value) : masked();
  }

  @Override
  public String toString() {
    return masked();
  }
}
