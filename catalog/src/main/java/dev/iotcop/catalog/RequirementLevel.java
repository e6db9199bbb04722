package dev.iotcop.catalog;

/** Whether a provision is a requirement (shall) or a recommendation (should). */
public enum RequirementLevel {
  MANDATORY("M"),
  RECOMMENDED("R");

  private final String code;

  RequirementLevel(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static RequirementLevel fromCode(String code) {
    for (RequirementLevel l : values()) {
      if (l.code.equalsIgnoreCase(code)) {
        return l;
      }
    }
    throw new IllegalArgumentException("unknown requirement level: " + code);
  }
}
