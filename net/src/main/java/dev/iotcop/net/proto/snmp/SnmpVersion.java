package dev.iotcop.net.proto.snmp;

import java.util.Optional;

/** The community-based SNMP versions, by their wire number. */
public enum SnmpVersion {
  V1(0),
  V2C(1);

  private final int wire;

  SnmpVersion(int wire) {
    this.wire = wire;
  }

  public int wire() {
    return wire;
  }

  public static Optional<SnmpVersion> fromWire(long wire) {
    for (SnmpVersion version : values()) {
      if (version.wire == wire) {
        return Optional.of(version);
      }
    }
    return Optional.empty();
  }
}
