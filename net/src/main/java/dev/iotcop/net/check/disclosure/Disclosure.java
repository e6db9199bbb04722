package dev.iotcop.net.check.disclosure;

/**
 * One piece of information a service gave without authentication: its kind, where it came from (e.g. {@code UPnP
 * serialNumber}), the short field name shown in messages, and the value as received (cut to 120 characters).
 */
record Disclosure(InfoKind kind, String source, String field, String value) {
  static final int MAX_VALUE = 120;

  Disclosure {
    value = value.strip();
    value = value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) + "…" : value;
  }
}
