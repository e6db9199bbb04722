package dev.iotcop.net.proto.tls;

import dev.iotcop.net.proto.Octets;
import java.util.ArrayList;
import java.util.List;

/**
 * One TLS record: content type, record-layer version and fragment. Only plaintext records are interpreted; the limit on
 * the fragment is the largest ciphertext a record may carry.
 */
public record TlsRecord(int contentType, int version, Octets fragment) {
  public static final int CHANGE_CIPHER_SPEC = 20;
  public static final int ALERT = 21;
  public static final int HANDSHAKE = 22;
  public static final int APPLICATION_DATA = 23;
  public static final int HEARTBEAT = 24;
  public static final int HEADER_LENGTH = 5;
  public static final int MAX_FRAGMENT = 16384 + 2048;
  /** The largest plaintext fragment we emit when splitting our own messages into records. */
  public static final int MAX_PLAINTEXT = 16384;

  public TlsRecord {
    if (contentType < 0 || contentType > 0xFF || version < 0 || version > 0xFFFF) {
      throw new IllegalArgumentException("content type or version out of range");
    }
    if (fragment.length() > MAX_FRAGMENT) {
      throw new IllegalArgumentException("fragment longer than " + MAX_FRAGMENT);
    }
  }

  public byte[] encode() {
    return new TlsOutput().u8(contentType).u16(version).vector16(fragment.toByteArray()).toByteArray();
  }

  /** True for the content types TLS defines (20 to 24); anything else means the peer is not speaking TLS. */
  public static boolean isKnownContentType(int type) {
    return type >= CHANGE_CIPHER_SPEC && type <= HEARTBEAT;
  }

  /** Splits a whole byte string into records; trailing partial records are an error. */
  public static List<TlsRecord> decodeAll(byte[] data) throws TlsProtocolException {
    TlsInput in = new TlsInput(data);
    List<TlsRecord> records = new ArrayList<>();
    while (in.hasRemaining()) {
      records.add(decodeOne(in));
    }
    return records;
  }

  static TlsRecord decodeOne(TlsInput in) throws TlsProtocolException {
    int type = in.u8("record type");
    int version = in.u16("record version");
    int length = in.u16("record length");
    checkHeader(type, version, length);
    return new TlsRecord(type, version, in.octets(length, "record fragment"));
  }

  static void checkHeader(int type, int version, int length) throws TlsProtocolException {
    if (!isKnownContentType(type)) {
      throw new TlsProtocolException(String.format("not a TLS record: content type 0x%02x", type));
    }
    if ((version >>> 8) != 0x03) {
      throw new TlsProtocolException(String.format("not a TLS record: version 0x%04x", version));
    }
    if (length > MAX_FRAGMENT) {
      throw new TlsProtocolException("record length " + length + " exceeds " + MAX_FRAGMENT);
    }
  }

  /** Wraps a payload into as many records of {@code type} as needed. */
  public static byte[] wrap(int type, int version, byte[] payload) {
    TlsOutput out = new TlsOutput();
    int offset = 0;
    do {
      int n = Math.min(MAX_PLAINTEXT, payload.length - offset);
      out.bytes(new TlsRecord(type, version, Octets.of(payload, offset, n)).encode());
      offset += n;
    } while (offset < payload.length);
    return out.toByteArray();
  }
}
