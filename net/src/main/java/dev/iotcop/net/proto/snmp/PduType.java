package dev.iotcop.net.proto.snmp;

import java.util.Optional;

/** The PDU kinds that share the request/response layout, by their context-specific constructed tag. */
public enum PduType {
  GET_REQUEST(0xA0),
  GET_NEXT_REQUEST(0xA1),
  RESPONSE(0xA2),
  SET_REQUEST(0xA3),
  GET_BULK_REQUEST(0xA5),
  INFORM_REQUEST(0xA6),
  SNMPV2_TRAP(0xA7),
  REPORT(0xA8);

  private final int tag;

  PduType(int tag) {
    this.tag = tag;
  }

  public int tag() {
    return tag;
  }

  public static Optional<PduType> fromTag(int tag) {
    for (PduType type : values()) {
      if (type.tag == tag) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
