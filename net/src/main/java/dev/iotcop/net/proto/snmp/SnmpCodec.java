package dev.iotcop.net.proto.snmp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Encodes and decodes SNMPv1 and SNMPv2c messages (RFC 1157, RFC 3416) in BER. */
public final class SnmpCodec {
  /** The largest datagram the decoder accepts: larger inputs are refused before any parsing. */
  public static final int MAX_MESSAGE_BYTES = 65_535;

  private SnmpCodec() {}

  public static byte[] encode(SnmpMessage message) {
    return BerWriter.constructed(SnmpValue.TAG_SEQUENCE, List.of(
        BerWriter.integer(SnmpValue.TAG_INTEGER, message.version().wire()),
        BerWriter.element(SnmpValue.TAG_OCTET_STRING, message.community().getBytes(StandardCharsets.ISO_8859_1)),
        encodePdu(message.pdu())));
  }

  /** The PDU alone, as it appears inside a community message or an SNMPv3 scoped PDU. */
  static byte[] encodePdu(Pdu pdu) {
    List<byte[]> varBinds = new ArrayList<>(pdu.varBinds().size());
    for (VarBind varBind : pdu.varBinds()) {
      varBinds.add(BerWriter.constructed(SnmpValue.TAG_SEQUENCE, List.of(BerWriter.oid(varBind.oid()), value(varBind.value()))));
    }
    return BerWriter.constructed(pdu.type().tag(), List.of(
        BerWriter.integer(SnmpValue.TAG_INTEGER, pdu.requestId()),
        BerWriter.integer(SnmpValue.TAG_INTEGER, pdu.errorStatus()),
        BerWriter.integer(SnmpValue.TAG_INTEGER, pdu.errorIndex()),
        BerWriter.constructed(SnmpValue.TAG_SEQUENCE, varBinds)));
  }

  private static byte[] value(SnmpValue value) {
    return switch (value) {
      case SnmpValue.Integer32 v -> BerWriter.integer(v.tag(), v.value());
      case SnmpValue.OctetString v -> BerWriter.element(v.tag(), v.value());
      case SnmpValue.Null v -> BerWriter.element(v.tag(), new byte[0]);
      case SnmpValue.ObjectIdentifier v -> BerWriter.oid(v.value());
      case SnmpValue.IpAddress v -> BerWriter.element(v.tag(), v.address().getAddress());
      case SnmpValue.Counter32 v -> BerWriter.unsigned(v.tag(), v.value());
      case SnmpValue.Gauge32 v -> BerWriter.unsigned(v.tag(), v.value());
      case SnmpValue.TimeTicks v -> BerWriter.unsigned(v.tag(), v.value());
      case SnmpValue.Opaque v -> BerWriter.element(v.tag(), v.value());
      case SnmpValue.Counter64 v -> BerWriter.unsigned(v.tag(), v.value());
      case SnmpValue.NoSuchObject v -> BerWriter.element(v.tag(), new byte[0]);
      case SnmpValue.NoSuchInstance v -> BerWriter.element(v.tag(), new byte[0]);
      case SnmpValue.EndOfMibView v -> BerWriter.element(v.tag(), new byte[0]);
      case SnmpValue.Other v -> BerWriter.element(v.tag(), v.content());
    };
  }

  /** Decodes one message; trailing bytes after it are an error. */
  public static SnmpMessage decode(byte[] datagram) throws SnmpFormatException {
    if (datagram.length > MAX_MESSAGE_BYTES) {
      throw new SnmpFormatException("message of " + datagram.length + " bytes exceeds " + MAX_MESSAGE_BYTES);
    }
    BerReader outer = new BerReader(datagram);
    BerReader message = outer.expect(SnmpValue.TAG_SEQUENCE, "message SEQUENCE").reader();
    if (outer.hasRemaining()) {
      throw new SnmpFormatException(outer.remaining() + " trailing bytes after the message");
    }
    int versionNumber = BerReader.int32(message.expect(SnmpValue.TAG_INTEGER, "version"));
    SnmpVersion version = SnmpVersion.fromWire(versionNumber)
        .orElseThrow(() -> new SnmpFormatException("unsupported SNMP version number " + versionNumber));
    String community = new String(message.expect(SnmpValue.TAG_OCTET_STRING, "community").content(),
        StandardCharsets.ISO_8859_1);
    Pdu pdu = decodePdu(message.read());
    if (message.hasRemaining()) {
      throw new SnmpFormatException("trailing bytes after the PDU");
    }
    return new SnmpMessage(version, community, pdu);
  }

  /** One PDU element of a request/response layout. */
  static Pdu decodePdu(BerReader.Element pduElement) throws SnmpFormatException {
    PduType type = PduType.fromTag(pduElement.tag()).orElseThrow(
        () -> new SnmpFormatException("unsupported PDU tag 0x" + Integer.toHexString(pduElement.tag())));
    return pdu(type, pduElement.reader());
  }

  private static Pdu pdu(PduType type, BerReader reader) throws SnmpFormatException {
    int requestId = BerReader.int32(reader.expect(SnmpValue.TAG_INTEGER, "request-id"));
    int errorStatus = BerReader.int32(reader.expect(SnmpValue.TAG_INTEGER, "error-status"));
    int errorIndex = BerReader.int32(reader.expect(SnmpValue.TAG_INTEGER, "error-index"));
    BerReader list = reader.expect(SnmpValue.TAG_SEQUENCE, "variable-bindings").reader();
    if (reader.hasRemaining()) {
      throw new SnmpFormatException("trailing bytes after the variable bindings");
    }
    List<VarBind> varBinds = new ArrayList<>();
    while (list.hasRemaining()) {
      BerReader varBind = list.expect(SnmpValue.TAG_SEQUENCE, "VarBind").reader();
      Oid oid = BerReader.oid(varBind.expect(SnmpValue.TAG_OID, "VarBind name"));
      SnmpValue value = value(varBind.read());
      if (varBind.hasRemaining()) {
        throw new SnmpFormatException("trailing bytes in a VarBind");
      }
      varBinds.add(new VarBind(oid, value));
    }
    return new Pdu(type, requestId, errorStatus, errorIndex, varBinds);
  }

  private static SnmpValue value(BerReader.Element element) throws SnmpFormatException {
    return switch (element.tag()) {
      case SnmpValue.TAG_INTEGER -> new SnmpValue.Integer32(BerReader.int32(element));
      case SnmpValue.TAG_OCTET_STRING -> new SnmpValue.OctetString(element.content());
      case SnmpValue.TAG_NULL -> {
        empty(element, "NULL");
        yield new SnmpValue.Null();
      }
      case SnmpValue.TAG_OID -> new SnmpValue.ObjectIdentifier(BerReader.oid(element));
      case SnmpValue.TAG_IP_ADDRESS -> {
        if (element.length() != 4) {
          throw new SnmpFormatException("IpAddress of " + element.length() + " bytes");
        }
        yield SnmpValue.IpAddress.of(element.content());
      }
      case SnmpValue.TAG_COUNTER32 -> new SnmpValue.Counter32(BerReader.unsigned32(element));
      case SnmpValue.TAG_GAUGE32 -> new SnmpValue.Gauge32(BerReader.unsigned32(element));
      case SnmpValue.TAG_TIME_TICKS -> new SnmpValue.TimeTicks(BerReader.unsigned32(element));
      case SnmpValue.TAG_OPAQUE -> new SnmpValue.Opaque(element.content());
      case SnmpValue.TAG_COUNTER64 -> new SnmpValue.Counter64(BerReader.unsigned64(element));
      case SnmpValue.TAG_NO_SUCH_OBJECT -> {
        empty(element, "noSuchObject");
        yield new SnmpValue.NoSuchObject();
      }
      case SnmpValue.TAG_NO_SUCH_INSTANCE -> {
        empty(element, "noSuchInstance");
        yield new SnmpValue.NoSuchInstance();
      }
      case SnmpValue.TAG_END_OF_MIB_VIEW -> {
        empty(element, "endOfMibView");
        yield new SnmpValue.EndOfMibView();
      }
      default -> new SnmpValue.Other(element.tag(), element.content());
    };
  }

  private static void empty(BerReader.Element element, String what) throws SnmpFormatException {
    if (element.length() != 0) {
      throw new SnmpFormatException(what + " with " + element.length() + " content bytes");
    }
  }
}
