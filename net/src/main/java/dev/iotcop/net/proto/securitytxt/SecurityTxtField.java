package dev.iotcop.net.proto.securitytxt;

import java.util.Locale;
import java.util.Optional;

/** The registered field names, with whether their value is a URI. */
public enum SecurityTxtField {
  ACKNOWLEDGMENTS("Acknowledgments", true),
  CANONICAL("Canonical", true),
  CONTACT("Contact", true),
  CSAF("CSAF", true),
  ENCRYPTION("Encryption", true),
  EXPIRES("Expires", false),
  HIRING("Hiring", true),
  POLICY("Policy", true),
  PREFERRED_LANGUAGES("Preferred-Languages", false);

  private final String label;
  private final boolean uri;

  SecurityTxtField(String label, boolean uri) {
    this.label = label;
    this.uri = uri;
  }

  public String label() {
    return label;
  }

  public boolean uriValued() {
    return uri;
  }

  /** Field names compare case-insensitively. */
  public static Optional<SecurityTxtField> byName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (SecurityTxtField f : values()) {
      if (f.label.toLowerCase(Locale.ROOT).equals(n)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
