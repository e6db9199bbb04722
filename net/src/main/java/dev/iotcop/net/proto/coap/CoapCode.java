package dev.iotcop.net.proto.coap;

/** A code as class.detail, e.g. 0.01 (GET) or 2.05 (Content). */
public record CoapCode(int codeClass, int detail) {
  public static final CoapCode EMPTY = new CoapCode(0, 0);
  public static final CoapCode GET = new CoapCode(0, 1);
  public static final CoapCode CONTENT = new CoapCode(2, 5);
  public static final CoapCode UNAUTHORIZED = new CoapCode(4, 1);
  public static final CoapCode FORBIDDEN = new CoapCode(4, 3);
  public static final CoapCode NOT_FOUND = new CoapCode(4, 4);

  public CoapCode {
    if (codeClass < 0 || codeClass > 7 || detail < 0 || detail > 31) {
      throw new IllegalArgumentException("class is 0 to 7 and detail 0 to 31");
    }
  }

  static CoapCode fromByte(int value) {
    return new CoapCode(value >>> 5, value & 0x1F);
  }

  int toByte() {
    return (codeClass << 5) | detail;
  }

  public boolean isRequest() {
    return codeClass == 0 && detail != 0;
  }

  public boolean isSuccess() {
    return codeClass == 2;
  }

  @Override
  public String toString() {
    return codeClass + "." + (detail < 10 ? "0" : "") + detail;
  }
}
