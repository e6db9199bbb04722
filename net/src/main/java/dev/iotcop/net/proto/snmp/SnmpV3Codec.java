package dev.iotcop.net.proto.snmp;

import dev.iotcop.net.proto.Octets;
import java.util.List;

/**
 * Encodes and decodes SNMPv3 messages with the User-based Security Model (RFC 3412, RFC 3414) in BER. The decoder
 * accepts only version 3 and security model 3, checks every length against the bytes it has, and refuses trailing
 * bytes; the scoped PDU is decoded when plain and kept as bytes when encrypted.
 */
public final class SnmpV3Codec {
  private SnmpV3Codec() {}

  public static byte[] encode(SnmpV3Message message) {
    byte[] header = BerWriter.constructed(SnmpValue.TAG_SEQUENCE, List.of(
        BerWriter.integer(SnmpValue.TAG_INTEGER, message.messageId()),
        BerWriter.integer(SnmpValue.TAG_INTEGER, message.maxSize()),
        BerWriter.element(SnmpValue.TAG_OCTET_STRING, new byte[] {(byte) message.flags()}),
        BerWriter.integer(SnmpValue.TAG_INTEGER, SnmpV3Message.SECURITY_MODEL_USM)));
    UsmSecurityParameters usm = message.security();
    byte[] security = BerWriter.constructed(SnmpValue.TAG_SEQUENCE, List.of(
        BerWriter.element(SnmpValue.TAG_OCTET_STRING, usm.engineId().toByteArray()),
        BerWriter.integer(SnmpValue.TAG_INTEGER, usm.engineBoots()),
        BerWriter.integer(SnmpValue.TAG_INTEGER, usm.engineTime()),
        BerWriter.element(SnmpValue.TAG_OCTET_STRING, usm.userName().toByteArray()),
        BerWriter.element(SnmpValue.TAG_OCTET_STRING, usm.authenticationParameters().toByteArray()),
        BerWriter.element(SnmpValue.TAG_OCTET_STRING, usm.privacyParameters().toByteArray())));
    byte[] data = switch (message.data()) {
      case SnmpV3Message.Plain p -> BerWriter.constructed(SnmpValue.TAG_SEQUENCE, List.of(
          BerWriter.element(SnmpValue.TAG_OCTET_STRING, p.scopedPdu().contextEngineId().toByteArray()),
          BerWriter.element(SnmpValue.TAG_OCTET_STRING, p.scopedPdu().contextName().toByteArray()),
          SnmpCodec.encodePdu(p.scopedPdu().pdu())));
      case SnmpV3Message.Encrypted e -> BerWriter.element(SnmpValue.TAG_OCTET_STRING, e.cipherText().toByteArray());
    };
    return BerWriter.constructed(SnmpValue.TAG_SEQUENCE, List.of(
        BerWriter.integer(SnmpValue.TAG_INTEGER, SnmpV3Message.VERSION),
        header,
        BerWriter.element(SnmpValue.TAG_OCTET_STRING, security),
        data));
  }

  /** The version number of a message of any SNMP version, without decoding the rest. */
  public static int version(byte[] datagram) throws SnmpFormatException {
    if (datagram.length > SnmpCodec.MAX_MESSAGE_BYTES) {
      throw new SnmpFormatException("message of " + datagram.length + " bytes exceeds " + SnmpCodec.MAX_MESSAGE_BYTES);
    }
    BerReader message = new BerReader(datagram).expect(SnmpValue.TAG_SEQUENCE, "message SEQUENCE").reader();
    return BerReader.int32(message.expect(SnmpValue.TAG_INTEGER, "version"));
  }

  public static SnmpV3Message decode(byte[] datagram) throws SnmpFormatException {
    if (datagram.length > SnmpCodec.MAX_MESSAGE_BYTES) {
      throw new SnmpFormatException("message of " + datagram.length + " bytes exceeds " + SnmpCodec.MAX_MESSAGE_BYTES);
    }
    BerReader outer = new BerReader(datagram);
    BerReader message = outer.expect(SnmpValue.TAG_SEQUENCE, "message SEQUENCE").reader();
    if (outer.hasRemaining()) {
      throw new SnmpFormatException(outer.remaining() + " trailing bytes after the message");
    }
    int version = BerReader.int32(message.expect(SnmpValue.TAG_INTEGER, "msgVersion"));
    if (version != SnmpV3Message.VERSION) {
      throw new SnmpFormatException("not an SNMPv3 message: version number " + version);
    }
    BerReader header = message.expect(SnmpValue.TAG_SEQUENCE, "msgGlobalData").reader();
    int messageId = nonNegative(header.expect(SnmpValue.TAG_INTEGER, "msgID"), "msgID");
    int maxSize = nonNegative(header.expect(SnmpValue.TAG_INTEGER, "msgMaxSize"), "msgMaxSize");
    BerReader.Element flagsElement = header.expect(SnmpValue.TAG_OCTET_STRING, "msgFlags");
    if (flagsElement.length() != 1) {
      throw new SnmpFormatException("msgFlags of " + flagsElement.length() + " octets");
    }
    int flags = flagsElement.content()[0] & 0xFF;
    int model = BerReader.int32(header.expect(SnmpValue.TAG_INTEGER, "msgSecurityModel"));
    if (header.hasRemaining()) {
      throw new SnmpFormatException("trailing bytes in msgGlobalData");
    }
    if (model != SnmpV3Message.SECURITY_MODEL_USM) {
      throw new SnmpFormatException("unsupported security model " + model);
    }
    if ((flags & SnmpV3Message.FLAG_PRIV) != 0 && (flags & SnmpV3Message.FLAG_AUTH) == 0) {
      throw new SnmpFormatException("privacy without authentication is not a valid security level");
    }
    UsmSecurityParameters security = security(message.expect(SnmpValue.TAG_OCTET_STRING, "msgSecurityParameters"));
    BerReader.Element dataElement = message.read();
    SnmpV3Message.Data data;
    if ((flags & SnmpV3Message.FLAG_PRIV) != 0) {
      if (dataElement.tag() != SnmpValue.TAG_OCTET_STRING) {
        throw new SnmpFormatException("the privacy flag is set but the scoped PDU is not encrypted");
      }
      data = new SnmpV3Message.Encrypted(Octets.of(dataElement.content()));
    } else {
      if (dataElement.tag() != SnmpValue.TAG_SEQUENCE) {
        throw new SnmpFormatException("expected a plain scoped PDU (tag 0x30) but found tag 0x"
            + Integer.toHexString(dataElement.tag()));
      }
      data = new SnmpV3Message.Plain(scopedPdu(dataElement.reader()));
    }
    if (message.hasRemaining()) {
      throw new SnmpFormatException("trailing bytes after the scoped PDU");
    }
    return new SnmpV3Message(messageId, maxSize, flags, security, data);
  }

  private static UsmSecurityParameters security(BerReader.Element wrapped) throws SnmpFormatException {
    BerReader outer = wrapped.reader();
    BerReader usm = outer.expect(SnmpValue.TAG_SEQUENCE, "UsmSecurityParameters").reader();
    if (outer.hasRemaining()) {
      throw new SnmpFormatException("trailing bytes after UsmSecurityParameters");
    }
    Octets engineId = octets(usm.expect(SnmpValue.TAG_OCTET_STRING, "msgAuthoritativeEngineID"),
        UsmSecurityParameters.MAX_ENGINE_ID, "msgAuthoritativeEngineID");
    int boots = nonNegative(usm.expect(SnmpValue.TAG_INTEGER, "msgAuthoritativeEngineBoots"), "engine boots");
    int time = nonNegative(usm.expect(SnmpValue.TAG_INTEGER, "msgAuthoritativeEngineTime"), "engine time");
    Octets user = octets(usm.expect(SnmpValue.TAG_OCTET_STRING, "msgUserName"), UsmSecurityParameters.MAX_USER_NAME,
        "msgUserName");
    Octets auth = octets(usm.expect(SnmpValue.TAG_OCTET_STRING, "msgAuthenticationParameters"),
        UsmSecurityParameters.MAX_PARAMETER_BYTES, "msgAuthenticationParameters");
    Octets priv = octets(usm.expect(SnmpValue.TAG_OCTET_STRING, "msgPrivacyParameters"),
        UsmSecurityParameters.MAX_PARAMETER_BYTES, "msgPrivacyParameters");
    if (usm.hasRemaining()) {
      throw new SnmpFormatException("trailing bytes in UsmSecurityParameters");
    }
    return new UsmSecurityParameters(engineId, boots, time, user, auth, priv);
  }

  private static ScopedPdu scopedPdu(BerReader reader) throws SnmpFormatException {
    Octets contextEngineId = octets(reader.expect(SnmpValue.TAG_OCTET_STRING, "contextEngineID"),
        UsmSecurityParameters.MAX_ENGINE_ID, "contextEngineID");
    Octets contextName = octets(reader.expect(SnmpValue.TAG_OCTET_STRING, "contextName"), 255, "contextName");
    Pdu pdu = SnmpCodec.decodePdu(reader.read());
    if (reader.hasRemaining()) {
      throw new SnmpFormatException("trailing bytes after the PDU");
    }
    return new ScopedPdu(contextEngineId, contextName, pdu);
  }

  private static Octets octets(BerReader.Element element, int max, String what) throws SnmpFormatException {
    if (element.length() > max) {
      throw new SnmpFormatException(what + " of " + element.length() + " octets exceeds " + max);
    }
    return Octets.of(element.content());
  }

  private static int nonNegative(BerReader.Element element, String what) throws SnmpFormatException {
    int value = BerReader.int32(element);
    if (value < 0) {
      throw new SnmpFormatException(what + " is negative: " + value);
    }
    return value;
  }
}
