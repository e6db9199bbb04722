package dev.iotcop.net.proto.snmp;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A request, response, trap (v2) or report PDU. For {@link PduType#GET_BULK_REQUEST} the two middle fields carry
 * non-repeaters and max-repetitions, as on the wire.
 */
public record Pdu(PduType type, int requestId, int errorStatus, int errorIndex, List<VarBind> varBinds) {
  public Pdu {
    Objects.requireNonNull(type, "type");
    varBinds = List.copyOf(varBinds);
  }

  public static Pdu request(PduType type, int requestId, List<Oid> oids) {
    return new Pdu(type, requestId, 0, 0, oids.stream().map(VarBind::request).toList());
  }

  public Optional<SnmpError> error() {
    return SnmpError.fromCode(errorStatus);
  }

  public Optional<SnmpValue> valueOf(Oid oid) {
    return varBinds.stream().filter(vb -> vb.oid().equals(oid)).map(VarBind::value).findFirst();
  }
}
