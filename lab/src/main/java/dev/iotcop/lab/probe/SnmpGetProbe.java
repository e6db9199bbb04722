package dev.iotcop.lab.probe;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** An SNMPv2c GET of sysDescr.0 with a community; answered only when the community is accepted. */
public record SnmpGetProbe(String community) implements UdpProbe {
  private static final byte[] SYS_DESCR_OID = {0x2b, 6, 1, 2, 1, 1, 1, 0};
  private static final int REQUEST_ID = 0x1d0c;

  @Override
  public byte[] request() {
    byte[] varbind = tlv(0x30, concat(tlv(0x06, SYS_DESCR_OID), tlv(0x05, new byte[0])));
    byte[] pdu = tlv(0xa0, concat(
        tlv(0x02, new byte[] {(byte) (REQUEST_ID >> 8), (byte) REQUEST_ID}),
        tlv(0x02, new byte[] {0}),
        tlv(0x02, new byte[] {0}),
        tlv(0x30, varbind)));
    return tlv(0x30, concat(
        tlv(0x02, new byte[] {1}),
        tlv(0x04, community.getBytes(StandardCharsets.US_ASCII)),
        pdu));
  }

  /** A GetResponse (0xa2) echoing our community; a bounded scan, not a BER parser. */
  @Override
  public boolean accepts(byte[] reply) {
    byte[] c = community.getBytes(StandardCharsets.US_ASCII);
    if (reply.length < 8 + c.length || reply[0] != 0x30) {
      return false;
    }
    boolean community = indexOf(reply, c) >= 0;
    boolean response = false;
    for (byte b : reply) {
      if ((b & 0xff) == 0xa2) {
        response = true;
        break;
      }
    }
    return community && response;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static byte[] tlv(int tag, byte[] value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(tag);
    if (value.length < 0x80) {
      out.write(value.length);
    } else {
      out.write(0x82);
      out.write(value.length >> 8);
      out.write(value.length);
    }
    out.writeBytes(value);
    return out.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
