package dev.iotcop.net.proto.snmp;

import dev.iotcop.net.proto.Octets;
import java.util.Objects;

/** An SNMPv3 scoped PDU (RFC 3412 section 6): the context engine id and context name, and the PDU itself. */
public record ScopedPdu(Octets contextEngineId, Octets contextName, Pdu pdu) {
  public ScopedPdu {
    Objects.requireNonNull(contextEngineId, "contextEngineId");
    Objects.requireNonNull(contextName, "contextName");
    Objects.requireNonNull(pdu, "pdu");
  }
}
