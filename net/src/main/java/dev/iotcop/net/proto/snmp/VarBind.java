package dev.iotcop.net.proto.snmp;

import java.util.Objects;

/** One name-value pair of a PDU; requests carry {@link SnmpValue.Null} values. */
public record VarBind(Oid oid, SnmpValue value) {
  public VarBind {
    Objects.requireNonNull(oid, "oid");
    Objects.requireNonNull(value, "value");
  }

  public static VarBind request(Oid oid) {
    return new VarBind(oid, new SnmpValue.Null());
  }
}
