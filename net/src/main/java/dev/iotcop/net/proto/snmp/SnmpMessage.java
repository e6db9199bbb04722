package dev.iotcop.net.proto.snmp;

import java.util.Objects;

/**
 * A community-based SNMP message. The community is an octet string on the wire; it is held here as ISO-8859-1 text so
 * every byte maps to exactly one character and back.
 */
public record SnmpMessage(SnmpVersion version, String community, Pdu pdu) {
  public SnmpMessage {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(pdu, "pdu");
    if (!community.chars().allMatch(c -> c <= 0xFF)) {
      throw new IllegalArgumentException("the community must be ISO-8859-1 text");
    }
  }
}
