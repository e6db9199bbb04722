package dev.iotcop.net.proto.snmp;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The identifying objects of the MIB-2 system group, each present only when the agent returned a real value. */
public record SystemGroup(
    Optional<String> description,
    Optional<Oid> objectId,
    Optional<String> name,
    Optional<String> contact,
    Optional<String> location) {

  public static final Oid SYS_DESCR = Oid.parse("1.3.6.1.2.1.1.1.0");
  public static final Oid SYS_OBJECT_ID = Oid.parse("1.3.6.1.2.1.1.2.0");
  public static final Oid SYS_CONTACT = Oid.parse("1.3.6.1.2.1.1.4.0");
  public static final Oid SYS_NAME = Oid.parse("1.3.6.1.2.1.1.5.0");
  public static final Oid SYS_LOCATION = Oid.parse("1.3.6.1.2.1.1.6.0");

  public static final List<Oid> OIDS = List.of(SYS_DESCR, SYS_OBJECT_ID, SYS_NAME, SYS_CONTACT, SYS_LOCATION);

  /** Reads the group out of the variable bindings of one or more responses. */
  public static SystemGroup from(List<VarBind> varBinds) {
    return new SystemGroup(
        text(varBinds, SYS_DESCR),
        varBinds.stream()
            .filter(vb -> vb.oid().equals(SYS_OBJECT_ID))
            .map(VarBind::value)
            .flatMap(v -> v instanceof SnmpValue.ObjectIdentifier id ? Stream.of(id.value())
                : Stream.empty())
            .findFirst(),
        text(varBinds, SYS_NAME),
        text(varBinds, SYS_CONTACT),
        text(varBinds, SYS_LOCATION));
  }

  private static Optional<String> text(List<VarBind> varBinds, Oid oid) {
    return varBinds.stream()
        .filter(vb -> vb.oid().equals(oid))
        .map(VarBind::value)
        .flatMap(v -> v instanceof SnmpValue.OctetString s ? Stream.of(s.text())
            : Stream.empty())
        .findFirst();
  }

  public boolean isEmpty() {
    return description.isEmpty() && objectId.isEmpty() && name.isEmpty() && contact.isEmpty() && location.isEmpty();
  }
}
