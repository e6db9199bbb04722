package dev.iotcop.net.proto.securitytxt;

import java.util.List;

/** Where a site publishes security.txt (RFC 9116 section 3), in the order to try them. */
public enum SecurityTxtLocation {
  /** The place the RFC requires. */
  WELL_KNOWN("/.well-known/security.txt"),
  /** The top-level path that older sites use and the RFC still lets clients look at. */
  LEGACY("/security.txt");

  private final String path;

  SecurityTxtLocation(String path) {
    this.path = path;
  }

  public String path() {
    return path;
  }

  public static List<SecurityTxtLocation> inLookupOrder() {
    return List.of(WELL_KNOWN, LEGACY);
  }
}
