package dev.iotcop.net.proto.snmp;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/** The value half of a variable binding: SMIv2 application types, the universal types SNMP uses, and the exceptions. */
public sealed interface SnmpValue {

  int TAG_INTEGER = 0x02;
  int TAG_OCTET_STRING = 0x04;
  int TAG_NULL = 0x05;
  int TAG_OID = 0x06;
  int TAG_SEQUENCE = 0x30;
  int TAG_IP_ADDRESS = 0x40;
  int TAG_COUNTER32 = 0x41;
  int TAG_GAUGE32 = 0x42;
  int TAG_TIME_TICKS = 0x43;
  int TAG_OPAQUE = 0x44;
  int TAG_COUNTER64 = 0x46;
  int TAG_NO_SUCH_OBJECT = 0x80;
  int TAG_NO_SUCH_INSTANCE = 0x81;
  int TAG_END_OF_MIB_VIEW = 0x82;

  /** The BER tag this value is encoded with. */
  int tag();

  /** True for noSuchObject, noSuchInstance and endOfMibView: the agent had no value to give. */
  default boolean isException() {
    return false;
  }

  /** A human-readable rendering: text for printable strings, hex for other bytes. */
  String display();

  record Integer32(int value) implements SnmpValue {
    @Override
    public int tag() {
      return TAG_INTEGER;
    }

    @Override
    public String display() {
      return Integer.toString(value);
    }
  }

  record OctetString(byte[] value) implements SnmpValue {
    public OctetString {
      value = value.clone();
    }

    public static OctetString of(String text) {
      return new OctetString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] value() {
      return value.clone();
    }

    /** The bytes as UTF-8 text, malformed sequences replaced. */
    public String text() {
      return new String(value, StandardCharsets.UTF_8);
    }

    /** True when every byte is printable ASCII or common white space, so {@link #text()} shows it faithfully. */
    public boolean isPrintable() {
      for (byte b : value) {
        if ((b < 0x20 || b > 0x7E) && b != '\r' && b != '\n' && b != '\t') {
          return false;
        }
      }
      return true;
    }

    @Override
    public int tag() {
      return TAG_OCTET_STRING;
    }

    @Override
    public String display() {
      return isPrintable() ? text() : HexFormat.ofDelimiter(":").formatHex(value);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof OctetString o && Arrays.equals(value, o.value);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(value);
    }

    @Override
    public String toString() {
      return "OctetString[" + display() + "]";
    }
  }

  record Null() implements SnmpValue {
    @Override
    public int tag() {
      return TAG_NULL;
    }

    @Override
    public String display() {
      return "NULL";
    }
  }

  record ObjectIdentifier(Oid value) implements SnmpValue {
    @Override
    public int tag() {
      return TAG_OID;
    }

    @Override
    public String display() {
      return value.toString();
    }
  }

  record IpAddress(Inet4Address address) implements SnmpValue {
    static IpAddress of(byte[] fourBytes) {
      try {
        return new IpAddress((Inet4Address) InetAddress.getByAddress(fourBytes));
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException("an IpAddress has four bytes", e);
      }
    }

    @Override
    public int tag() {
      return TAG_IP_ADDRESS;
    }

    @Override
    public String display() {
      return address.getHostAddress();
    }
  }

  record Counter32(long value) implements SnmpValue {
    public Counter32 {
      requireUnsigned32(value);
    }

    @Override
    public int tag() {
      return TAG_COUNTER32;
    }

    @Override
    public String display() {
      return Long.toString(value);
    }
  }

  record Gauge32(long value) implements SnmpValue {
    public Gauge32 {
      requireUnsigned32(value);
    }

    @Override
    public int tag() {
      return TAG_GAUGE32;
    }

    @Override
    public String display() {
      return Long.toString(value);
    }
  }

  /** Hundredths of a second, e.g. sysUpTime. */
  record TimeTicks(long value) implements SnmpValue {
    public TimeTicks {
      requireUnsigned32(value);
    }

    @Override
    public int tag() {
      return TAG_TIME_TICKS;
    }

    @Override
    public String display() {
      return Long.toString(value);
    }
  }

  record Opaque(byte[] value) implements SnmpValue {
    public Opaque {
      value = value.clone();
    }

    @Override
    public byte[] value() {
      return value.clone();
    }

    @Override
    public int tag() {
      return TAG_OPAQUE;
    }

    @Override
    public String display() {
      return HexFormat.of().formatHex(value);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Opaque o && Arrays.equals(value, o.value);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(value);
    }

    @Override
    public String toString() {
      return "Opaque[" + display() + "]";
    }
  }

  /** An unsigned 64-bit counter; {@code value} holds the bits, read it with {@link Long#toUnsignedString(long)}. */
  record Counter64(long value) implements SnmpValue {
    @Override
    public int tag() {
      return TAG_COUNTER64;
    }

    @Override
    public String display() {
      return Long.toUnsignedString(value);
    }
  }

  record NoSuchObject() implements SnmpValue {
    @Override
    public int tag() {
      return TAG_NO_SUCH_OBJECT;
    }

    @Override
    public boolean isException() {
      return true;
    }

    @Override
    public String display() {
      return "noSuchObject";
    }
  }

  record NoSuchInstance() implements SnmpValue {
    @Override
    public int tag() {
      return TAG_NO_SUCH_INSTANCE;
    }

    @Override
    public boolean isException() {
      return true;
    }

    @Override
    public String display() {
      return "noSuchInstance";
    }
  }

  record EndOfMibView() implements SnmpValue {
    @Override
    public int tag() {
      return TAG_END_OF_MIB_VIEW;
    }

    @Override
    public boolean isException() {
      return true;
    }

    @Override
    public String display() {
      return "endOfMibView";
    }
  }

  /** Any other single-byte tag (NsapAddress, UInteger32, vendor types), kept as its raw content. */
  record Other(int tag, byte[] content) implements SnmpValue {
    public Other {
      if (tag < 0 || tag > 0xFF || (tag & 0x1F) == 0x1F || isKnownTag(tag)) {
        throw new IllegalArgumentException("tag " + tag + " is not an unknown single-byte tag");
      }
      content = content.clone();
    }

    @Override
    public byte[] content() {
      return content.clone();
    }

    @Override
    public String display() {
      return "[tag 0x" + Integer.toHexString(tag) + "] " + HexFormat.of().formatHex(content);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Other o && tag == o.tag && Arrays.equals(content, o.content);
    }

    @Override
    public int hashCode() {
      return 31 * tag + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
      return "Other" + display();
    }
  }

  static boolean isKnownTag(int tag) {
    return switch (tag) {
      case TAG_INTEGER, TAG_OCTET_STRING, TAG_NULL, TAG_OID, TAG_IP_ADDRESS, TAG_COUNTER32, TAG_GAUGE32, TAG_TIME_TICKS,
           TAG_OPAQUE, TAG_COUNTER64, TAG_NO_SUCH_OBJECT, TAG_NO_SUCH_INSTANCE, TAG_END_OF_MIB_VIEW -> true;
      default -> false;
    };
  }

  private static void requireUnsigned32(long value) {
    if (value < 0 || value > Oid.MAX_ARC) {
      throw new IllegalArgumentException("not an unsigned 32-bit value: " + value);
    }
  }
}
