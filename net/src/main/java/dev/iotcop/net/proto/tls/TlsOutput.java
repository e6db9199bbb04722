package dev.iotcop.net.proto.tls;

import dev.iotcop.net.proto.Octets;
import java.io.ByteArrayOutputStream;

/** Big-endian writer with length-prefixed vectors, as TLS encodes them. */
final class TlsOutput {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  TlsOutput u8(int v) {
    check(v, 0xFF);
    out.write(v);
    return this;
  }

  TlsOutput u16(int v) {
    check(v, 0xFFFF);
    out.write(v >>> 8);
    out.write(v);
    return this;
  }

  TlsOutput u24(int v) {
    check(v, 0xFF_FFFF);
    out.write(v >>> 16);
    out.write(v >>> 8);
    out.write(v);
    return this;
  }

  TlsOutput bytes(byte[] b) {
    out.writeBytes(b);
    return this;
  }

  TlsOutput bytes(Octets o) {
    return bytes(o.toByteArray());
  }

  TlsOutput vector8(byte[] b) {
    return u8(b.length).bytes(b);
  }

  TlsOutput vector16(byte[] b) {
    return u16(b.length).bytes(b);
  }

  TlsOutput vector24(byte[] b) {
    return u24(b.length).bytes(b);
  }

  byte[] toByteArray() {
    return out.toByteArray();
  }

  private static void check(int v, int max) {
    if (v < 0 || v > max) {
      throw new IllegalArgumentException("value " + v + " does not fit in a field of maximum " + max);
    }
  }
}
