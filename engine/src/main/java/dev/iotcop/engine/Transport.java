package dev.iotcop.engine;

import java.util.Locale;

/** The transport a network service listens on. */
public enum Transport {
  TCP,
  UDP;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
