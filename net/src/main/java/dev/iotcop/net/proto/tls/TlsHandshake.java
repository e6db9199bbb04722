package dev.iotcop.net.proto.tls;

import dev.iotcop.net.proto.Octets;

/** One handshake message: its type and body, without the 4-byte header. */
public record TlsHandshake(int type, Octets body) {
  public static final int CLIENT_HELLO = 1;
  public static final int SERVER_HELLO = 2;
  public static final int CERTIFICATE = 11;
  public static final int SERVER_KEY_EXCHANGE = 12;
  public static final int CERTIFICATE_REQUEST = 13;
  public static final int SERVER_HELLO_DONE = 14;
  /** Our cap on one handshake message; real certificate chains stay far below it. */
  public static final int MAX_BODY = 256 * 1024;

  public TlsHandshake {
    if (type < 0 || type > 0xFF || body.length() > MAX_BODY) {
      throw new IllegalArgumentException("handshake type out of range or body too long");
    }
  }

  /** Header (type and 24-bit length) followed by the body. */
  public byte[] encode() {
    return new TlsOutput().u8(type).vector24(body.toByteArray()).toByteArray();
  }

  /** Decodes exactly one handshake message from {@code data}. */
  public static TlsHandshake decode(byte[] data) throws TlsProtocolException {
    TlsInput in = new TlsInput(data);
    int type = in.u8("handshake type");
    int length = in.u24("handshake length");
    if (length > MAX_BODY) {
      throw new TlsProtocolException("handshake message of " + length + " bytes exceeds " + MAX_BODY);
    }
    TlsHandshake h = new TlsHandshake(type, in.octets(length, "handshake body"));
    in.expectEnd("handshake message");
    return h;
  }
}
