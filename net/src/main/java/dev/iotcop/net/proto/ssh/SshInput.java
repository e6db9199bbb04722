package dev.iotcop.net.proto.ssh;

import java.nio.charset.StandardCharsets;

/** A bounds-checked reader over SSH wire types; every overrun becomes an {@link SshProtocolException}. */
final class SshInput {
  private final byte[] data;
  private int pos;

  SshInput(byte[] data) {
    this.data = data;
  }

  boolean hasRemaining() {
    return pos < data.length;
  }

  int remaining() {
    return data.length - pos;
  }

  private void need(long n, String what) throws SshProtocolException {
    if (n < 0 || n > data.length - pos) {
      throw new SshProtocolException("truncated " + what + ": need " + n + " bytes, have " + (data.length - pos));
    }
  }

  int u8(String what) throws SshProtocolException {
    need(1, what);
    return data[pos++] & 0xFF;
  }

  boolean bool(String what) throws SshProtocolException {
    return u8(what) != 0;
  }

  long u32(String what) throws SshProtocolException {
    need(4, what);
    long v = ((long) (data[pos] & 0xFF) << 24) | ((data[pos + 1] & 0xFF) << 16) | ((data[pos + 2] & 0xFF) << 8)
        | (data[pos + 3] & 0xFF);
    pos += 4;
    return v;
  }

  byte[] bytes(int n, String what) throws SshProtocolException {
    need(n, what);
    byte[] out = new byte[n];
    System.arraycopy(data, pos, out, 0, n);
    pos += n;
    return out;
  }

  /** An SSH string as US-ASCII, rejecting anything longer than {@code max}. */
  String asciiString(int max, String what) throws SshProtocolException {
    long length = u32(what + " length");
    if (length > max) {
      throw new SshProtocolException(what + " of " + length + " bytes exceeds " + max);
    }
    need(length, what);
    byte[] b = bytes((int) length, what);
    for (byte c : b) {
      if (c < 0x20 || c > 0x7E) {
        throw new SshProtocolException(what + " contains a non-printable byte");
      }
    }
    return new String(b, StandardCharsets.US_ASCII);
  }
}
