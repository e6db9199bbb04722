package dev.iotcop.net.proto.tls;

import dev.iotcop.net.proto.Octets;

/** A bounds-checked reader over a byte array; every overrun becomes a {@link TlsProtocolException}. */
final class TlsInput {
  private final byte[] data;
  private final int end;
  private int pos;

  TlsInput(byte[] data) {
    this(data, 0, data.length);
  }

  private TlsInput(byte[] data, int start, int end) {
    this.data = data;
    this.pos = start;
    this.end = end;
  }

  int remaining() {
    return end - pos;
  }

  boolean hasRemaining() {
    return pos < end;
  }

  private void need(int n, String what) throws TlsProtocolException {
    if (n < 0 || n > end - pos) {
      throw new TlsProtocolException("truncated " + what + ": need " + n + " bytes, have " + (end - pos));
    }
  }

  int u8(String what) throws TlsProtocolException {
    need(1, what);
    return data[pos++] & 0xFF;
  }

  int u16(String what) throws TlsProtocolException {
    need(2, what);
    int v = ((data[pos] & 0xFF) << 8) | (data[pos + 1] & 0xFF);
    pos += 2;
    return v;
  }

  int u24(String what) throws TlsProtocolException {
    need(3, what);
    int v = ((data[pos] & 0xFF) << 16) | ((data[pos + 1] & 0xFF) << 8) | (data[pos + 2] & 0xFF);
    pos += 3;
    return v;
  }

  byte[] bytes(int n, String what) throws TlsProtocolException {
    need(n, what);
    byte[] out = new byte[n];
    System.arraycopy(data, pos, out, 0, n);
    pos += n;
    return out;
  }

  Octets octets(int n, String what) throws TlsProtocolException {
    need(n, what);
    Octets o = Octets.of(data, pos, n);
    pos += n;
    return o;
  }

  /** A sub-reader over the next {@code n} bytes; this reader skips past them. */
  TlsInput slice(int n, String what) throws TlsProtocolException {
    need(n, what);
    TlsInput sub = new TlsInput(data, pos, pos + n);
    pos += n;
    return sub;
  }

  void expectEnd(String what) throws TlsProtocolException {
    if (pos != end) {
      throw new TlsProtocolException((end - pos) + " unexpected trailing bytes after " + what);
    }
  }
}
