package dev.iotcop.catalog;

/** Who a Code of Practice guideline primarily applies to. */
public enum Stakeholder {
  DEVICE_MANUFACTURER("DM"),
  IOT_SERVICE_PROVIDER("ISP"),
  MOBILE_APP_DEVELOPER("MAD"),
  RETAILER("Retailer");

  private final String code;

  Stakeholder(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Stakeholder fromCode(String code) {
    for (Stakeholder s : values()) {
      if (s.code.equalsIgnoreCase(code.trim())) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown stakeholder: " + code);
  }
}
