package dev.iotcop.net.proto.snmp;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.List;

/** Writes definite-length BER in its shortest form. */
final class BerWriter {
  private BerWriter() {}

  static byte[] element(int tag, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 6);
    out.write(tag);
    int length = content.length;
    if (length < 0x80) {
      out.write(length);
    } else {
      int bytes = length <= 0xFF ? 1 : length <= 0xFFFF ? 2 : length <= 0xFF_FFFF ? 3 : 4;
      out.write(0x80 | bytes);
      for (int i = bytes - 1; i >= 0; i--) {
        out.write(length >>> (8 * i));
      }
    }
    out.writeBytes(content);
    return out.toByteArray();
  }

  static byte[] constructed(int tag, List<byte[]> parts) {
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    parts.forEach(content::writeBytes);
    return element(tag, content.toByteArray());
  }

  static byte[] integer(int tag, long signedValue) {
    return element(tag, BigInteger.valueOf(signedValue).toByteArray());
  }

  static byte[] unsigned(int tag, long unsignedBits) {
    BigInteger value = new BigInteger(Long.toUnsignedString(unsignedBits));
    return element(tag, value.toByteArray());
  }

  static byte[] oid(Oid oid) {
    List<Long> arcs = oid.arcs();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    subIdentifier(out, arcs.get(0) * 40 + arcs.get(1));
    for (int i = 2; i < arcs.size(); i++) {
      subIdentifier(out, arcs.get(i));
    }
    return element(SnmpValue.TAG_OID, out.toByteArray());
  }

  private static void subIdentifier(ByteArrayOutputStream out, long value) {
    int groups = 1;
    while (groups < 5 && (value >>> (7 * groups)) != 0) {
      groups++;
    }
    for (int i = groups - 1; i >= 0; i--) {
      int sevenBits = (int) ((value >>> (7 * i)) & 0x7F);
      out.write(i == 0 ? sevenBits : sevenBits | 0x80);
    }
  }
}
