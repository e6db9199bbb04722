package dev.iotcop.net.proto.coap;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/** One option: its number and raw value (strings are UTF-8, numbers big-endian without leading zeros). */
public record CoapOption(int number, byte[] value) {
  public static final int OBSERVE = 6;
  public static final int URI_PATH = 11;
  public static final int CONTENT_FORMAT = 12;
  public static final int URI_QUERY = 15;
  public static final int BLOCK2 = 23;
  public static final int SIZE2 = 28;
  public static final int MAX_VALUE_BYTES = 1034;

  public CoapOption {
    if (number < 0 || number > 0xFFFF) {
      throw new IllegalArgumentException("option number is 16 bits");
    }
    value = value.clone();
    if (value.length > MAX_VALUE_BYTES) {
      throw new IllegalArgumentException("option values are at most " + MAX_VALUE_BYTES + " bytes");
    }
  }

  public static CoapOption text(int number, String text) {
    return new CoapOption(number, text.getBytes(StandardCharsets.UTF_8));
  }

  public static CoapOption unsigned(int number, long value) {
    int bytes = 0;
    while (bytes < 8 && (value >>> (8 * bytes)) != 0) {
      bytes++;
    }
    byte[] encoded = new byte[bytes];
    for (int i = 0; i < bytes; i++) {
      encoded[bytes - 1 - i] = (byte) (value >>> (8 * i));
    }
    return new CoapOption(number, encoded);
  }

  @Override
  public byte[] value() {
    return value.clone();
  }

  public String asText() {
    return new String(value, StandardCharsets.UTF_8);
  }

  /** The value as an unsigned number; values longer than 8 bytes are not numbers and give -1. */
  public long asUnsigned() {
    if (value.length > 8) {
      return -1;
    }
    long result = 0;
    for (byte b : value) {
      result = (result << 8) | (b & 0xFF);
    }
    return result;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CoapOption o && number == o.number && Arrays.equals(value, o.value);
  }

  @Override
  public int hashCode() {
    return 31 * number + Arrays.hashCode(value);
  }

  @Override
  public String toString() {
    return "CoapOption[" + number + "=" + HexFormat.of().formatHex(value) + "]";
  }
}
