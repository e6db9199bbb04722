package dev.iotcop.net.proto.coap;

/** A Block1/Block2 option value (RFC 7959): block number, more flag, and size exponent (size = 16 << szx). */
public record Block(int number, boolean more, int sizeExponent) {
  public static final int MAX_NUMBER = (1 << 20) - 1;

  public Block {
    if (number < 0 || number > MAX_NUMBER || sizeExponent < 0 || sizeExponent > 6) {
      throw new IllegalArgumentException("block number is 20 bits and szx 0 to 6");
    }
  }

  public int size() {
    return 16 << sizeExponent;
  }

  public static Block fromOption(CoapOption option) throws CoapFormatException {
    long value = option.asUnsigned();
    if (value < 0 || option.value().length > 3) {
      throw new CoapFormatException("block option longer than 3 bytes");
    }
    int szx = (int) (value & 0x07);
    if (szx == 7) {
      throw new CoapFormatException("reserved block size exponent 7");
    }
    return new Block((int) (value >>> 4), (value & 0x08) != 0, szx);
  }

  public CoapOption toOption(int optionNumber) {
    return CoapOption.unsigned(optionNumber, ((long) number << 4) | (more ? 0x08 : 0) | sizeExponent);
  }
}
