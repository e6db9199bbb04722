package dev.iotcop.net.proto.snmp;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads definite-length BER from a byte range. Every length is checked against the bytes that remain, so a hostile
 * length can neither read outside the buffer nor make the reader allocate more than the input holds.
 */
final class BerReader {
  private final byte[] data;
  private int position;
  private final int end;

  BerReader(byte[] data) {
    this(data, 0, data.length);
  }

  private BerReader(byte[] data, int start, int end) {
    this.data = data;
    this.position = start;
    this.end = end;
  }

  boolean hasRemaining() {
    return position < end;
  }

  int remaining() {
    return end - position;
  }

  /** One tag-length-value; {@code offset} indexes the content in the shared buffer. */
  record Element(int tag, int offset, int length, byte[] buffer) {
    byte[] content() {
      return Arrays.copyOfRange(buffer, offset, offset + length);
    }

    BerReader reader() {
      return new BerReader(buffer, offset, offset + length);
    }
  }

  Element read() throws SnmpFormatException {
    if (position >= end) {
      throw new SnmpFormatException("truncated: expected a BER element at offset " + position);
    }
    int tag = data[position++] & 0xFF;
    if ((tag & 0x1F) == 0x1F) {
      throw new SnmpFormatException("multi-byte BER tags are not used by SNMP");
    }
    if (position >= end) {
      throw new SnmpFormatException("truncated: missing length");
    }
    int first = data[position++] & 0xFF;
    long length;
    if (first < 0x80) {
      length = first;
    } else if (first == 0x80) {
      throw new SnmpFormatException("indefinite lengths are not allowed in SNMP");
    } else {
      int count = first & 0x7F;
      if (count > 4 || count > end - position) {
        throw new SnmpFormatException("bad long-form length of " + count + " bytes");
      }
      length = 0;
      for (int i = 0; i < count; i++) {
        length = (length << 8) | (data[position++] & 0xFF);
      }
    }
    if (length > end - position) {
      throw new SnmpFormatException("length " + length + " exceeds the " + (end - position) + " bytes left");
    }
    Element element = new Element(tag, position, (int) length, data);
    position += (int) length;
    return element;
  }

  Element expect(int tag, String what) throws SnmpFormatException {
    Element element = read();
    if (element.tag() != tag) {
      throw new SnmpFormatException("expected " + what + " (tag 0x" + Integer.toHexString(tag) + ") but found tag 0x"
          + Integer.toHexString(element.tag()));
    }
    return element;
  }

  /** A two's complement integer of 1 to 9 content bytes. */
  static BigInteger integer(Element element) throws SnmpFormatException {
    if (element.length() < 1 || element.length() > 9) {
      throw new SnmpFormatException("integer of " + element.length() + " bytes");
    }
    return new BigInteger(element.content());
  }

  static int int32(Element element) throws SnmpFormatException {
    BigInteger value = integer(element);
    if (value.bitLength() > 31) {
      throw new SnmpFormatException("integer out of 32-bit range: " + value);
    }
    return value.intValue();
  }

  /** Unsigned 32-bit; a negative value of at most four bytes is read as its unsigned bit pattern, as agents send. */
  static long unsigned32(Element element) throws SnmpFormatException {
    return unsigned(element, 32);
  }

  static long unsigned64(Element element) throws SnmpFormatException {
    return unsigned(element, 64);
  }

  private static long unsigned(Element element, int bits) throws SnmpFormatException {
    BigInteger value = integer(element);
    if (value.signum() < 0 && element.length() <= bits / 8) {
      value = value.add(BigInteger.ONE.shiftLeft(element.length() * 8));
    }
    if (value.signum() < 0 || value.bitLength() > bits) {
      throw new SnmpFormatException("value out of unsigned " + bits + "-bit range: " + value);
    }
    return value.longValue();
  }

  static Oid oid(Element element) throws SnmpFormatException {
    if (element.length() == 0) {
      throw new SnmpFormatException("empty object identifier");
    }
    List<Long> arcs = new ArrayList<>();
    byte[] buffer = element.buffer();
    int index = element.offset();
    int stop = element.offset() + element.length();
    while (index < stop) {
      if ((buffer[index] & 0xFF) == 0x80) {
        throw new SnmpFormatException("object identifier sub-identifier with a leading 0x80 byte");
      }
      long value = 0;
      int used = 0;
      boolean more;
      do {
        if (index >= stop) {
          throw new SnmpFormatException("truncated object identifier sub-identifier");
        }
        int b = buffer[index++] & 0xFF;
        if (++used > 5) {
          throw new SnmpFormatException("object identifier sub-identifier longer than 32 bits");
        }
        value = (value << 7) | (b & 0x7F);
        more = (b & 0x80) != 0;
      } while (more);
      if (value > Oid.MAX_ARC) {
        throw new SnmpFormatException("object identifier sub-identifier longer than 32 bits");
      }
      if (arcs.isEmpty()) {
        long first = value < 40 ? 0 : value < 80 ? 1 : 2;
        arcs.add(first);
        arcs.add(value - first * 40);
      } else {
        arcs.add(value);
      }
      if (arcs.size() > Oid.MAX_ARCS) {
        throw new SnmpFormatException("object identifier with more than " + Oid.MAX_ARCS + " arcs");
      }
    }
    return new Oid(arcs);
  }
}
