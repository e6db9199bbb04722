package dev.iotcop.catalog.ics;

import java.util.Arrays;
import java.util.Optional;

/** The answers the Support column of the ICS pro forma allows: supported, not supported, not applicable. */
public enum IcsSupport {
  Y("Y"),
  N("N"),
  NOT_APPLICABLE("N/A");

  private final String code;

  IcsSupport(String code) {
    this.code = code;
  }

  /** The code as the pro forma writes it: {@code Y}, {@code N} or {@code N/A}. */
  public String code() {
    return code;
  }

  public static Optional<IcsSupport> fromCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equalsIgnoreCase(code.trim())).findFirst();
  }
}
