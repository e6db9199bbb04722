package dev.iotcop.net.proto;

import java.util.Arrays;
import java.util.HexFormat;

/** An immutable byte sequence with value equality, so protocol records can hold raw bytes and still compare by content. */
public final class Octets {
  private static final Octets EMPTY = new Octets(new byte[0]);
  private final byte[] bytes;

  private Octets(byte[] bytes) {
    this.bytes = bytes;
  }

  public static Octets of(byte[] bytes) {
    return bytes.length == 0 ? EMPTY : new Octets(bytes.clone());
  }

  public static Octets of(byte[] bytes, int offset, int length) {
    return length == 0 ? EMPTY : new Octets(Arrays.copyOfRange(bytes, offset, offset + length));
  }

  public static Octets empty() {
    return EMPTY;
  }

  public static Octets fromHex(String hex) {
    return of(HexFormat.of().parseHex(hex));
  }

  public int length() {
    return bytes.length;
  }

  public boolean isEmpty() {
    return bytes.length == 0;
  }

  /** The byte at {@code index} as an unsigned value 0..255. */
  public int get(int index) {
    return bytes[index] & 0xFF;
  }

  public byte[] toByteArray() {
    return bytes.clone();
  }

  public String toHex() {
    return HexFormat.of().formatHex(bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Octets other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return bytes.length <= 64 ? toHex() : HexFormat.of().formatHex(bytes, 0, 64) + "...(" + bytes.length + " bytes)";
  }
}
