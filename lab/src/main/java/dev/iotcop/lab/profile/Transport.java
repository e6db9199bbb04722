package dev.iotcop.lab.profile;

/** The transport a service endpoint listens on. */
public enum Transport {
  TCP,
  UDP;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
