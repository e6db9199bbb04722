package dev.iotcop.net.proto.coap;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Encodes and decodes CoAP messages (RFC 7252 section 3). */
public final class CoapCodec {
  public static final int MAX_MESSAGE_BYTES = 65_507;
  private static final int VERSION = 1;
  private static final int PAYLOAD_MARKER = 0xFF;

  private CoapCodec() {}

  public static byte[] encode(CoapMessage message) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 + message.payload().length);
    byte[] token = message.token();
    out.write((VERSION << 6) | (message.type().ordinal() << 4) | token.length);
    out.write(message.code().toByte());
    out.write(message.messageId() >>> 8);
    out.write(message.messageId());
    out.writeBytes(token);
    int previous = 0;
    for (CoapOption option : message.options()) {
      byte[] value = option.value();
      int delta = option.number() - previous;
      previous = option.number();
      int deltaNibble = nibble(delta);
      int lengthNibble = nibble(value.length);
      out.write((deltaNibble << 4) | lengthNibble);
      extended(out, deltaNibble, delta);
      extended(out, lengthNibble, value.length);
      out.writeBytes(value);
    }
    byte[] payload = message.payload();
    if (payload.length > 0) {
      out.write(PAYLOAD_MARKER);
      out.writeBytes(payload);
    }
    return out.toByteArray();
  }

  private static int nibble(int value) {
    return value < 13 ? value : value < 269 ? 13 : 14;
  }

  private static void extended(ByteArrayOutputStream out, int nibble, int value) {
    if (nibble == 13) {
      out.write(value - 13);
    } else if (nibble == 14) {
      out.write((value - 269) >>> 8);
      out.write(value - 269);
    }
  }

  public static CoapMessage decode(byte[] datagram) throws CoapFormatException {
    if (datagram.length > MAX_MESSAGE_BYTES) {
      throw new CoapFormatException("message of " + datagram.length + " bytes exceeds " + MAX_MESSAGE_BYTES);
    }
    if (datagram.length < 4) {
      throw new CoapFormatException("message shorter than the 4-byte header");
    }
    int first = datagram[0] & 0xFF;
    if ((first >>> 6) != VERSION) {
      throw new CoapFormatException("unknown CoAP version " + (first >>> 6));
    }
    CoapType type = CoapType.values()[(first >>> 4) & 0x03];
    int tokenLength = first & 0x0F;
    if (tokenLength > 8) {
      throw new CoapFormatException("token length " + tokenLength + " is reserved");
    }
    CoapCode code = CoapCode.fromByte(datagram[1] & 0xFF);
    int messageId = ((datagram[2] & 0xFF) << 8) | (datagram[3] & 0xFF);
    int position = 4;
    if (datagram.length < position + tokenLength) {
      throw new CoapFormatException("truncated token");
    }
    byte[] token = Arrays.copyOfRange(datagram, position, position + tokenLength);
    position += tokenLength;
    if (code.equals(CoapCode.EMPTY) && datagram.length != 4) {
      throw new CoapFormatException("an empty message must be exactly 4 bytes");
    }
    List<CoapOption> options = new ArrayList<>();
    int number = 0;
    byte[] payload = new byte[0];
    while (position < datagram.length) {
      int header = datagram[position++] & 0xFF;
      if (header == PAYLOAD_MARKER) {
        if (position == datagram.length) {
          throw new CoapFormatException("payload marker without a payload");
        }
        payload = Arrays.copyOfRange(datagram, position, datagram.length);
        break;
      }
      int[] cursor = {position};
      int delta = extendedValue(datagram, cursor, header >>> 4, "delta");
      int length = extendedValue(datagram, cursor, header & 0x0F, "length");
      position = cursor[0];
      number += delta;
      if (number > 0xFFFF) {
        throw new CoapFormatException("option number above 65535");
      }
      if (length > CoapOption.MAX_VALUE_BYTES) {
        throw new CoapFormatException("option value of " + length + " bytes");
      }
      if (datagram.length - position < length) {
        throw new CoapFormatException("option value runs past the message");
      }
      options.add(new CoapOption(number, Arrays.copyOfRange(datagram, position, position + length)));
      position += length;
    }
    return new CoapMessage(type, code, messageId, token, options, payload);
  }

  private static int extendedValue(byte[] datagram, int[] cursor, int nibble, String what) throws CoapFormatException {
    return switch (nibble) {
      case 13 -> {
        if (cursor[0] + 1 > datagram.length) {
          throw new CoapFormatException("truncated extended option " + what);
        }
        yield (datagram[cursor[0]++] & 0xFF) + 13;
      }
      case 14 -> {
        if (cursor[0] + 2 > datagram.length) {
          throw new CoapFormatException("truncated extended option " + what);
        }
        int value = ((datagram[cursor[0]] & 0xFF) << 8 | (datagram[cursor[0] + 1] & 0xFF)) + 269;
        cursor[0] += 2;
        yield value;
      }
      case 15 -> throw new CoapFormatException("reserved option " + what + " nibble 15");
      default -> nibble;
    };
  }
}
