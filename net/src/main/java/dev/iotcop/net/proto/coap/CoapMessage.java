package dev.iotcop.net.proto.coap;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A CoAP message (RFC 7252 section 3). Options are kept sorted by number, repeated options in their given order. */
public record CoapMessage(CoapType type, CoapCode code, int messageId, byte[] token, List<CoapOption> options,
    byte[] payload) {

  public CoapMessage {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(code, "code");
    if (messageId < 0 || messageId > 0xFFFF) {
      throw new IllegalArgumentException("message id is 16 bits");
    }
    token = token.clone();
    if (token.length > 8) {
      throw new IllegalArgumentException("tokens have at most 8 bytes");
    }
    options = options.stream().sorted(Comparator.comparingInt(CoapOption::number)).toList();
    payload = payload.clone();
    if (code.equals(CoapCode.EMPTY) && (token.length > 0 || !options.isEmpty() || payload.length > 0)) {
      throw new IllegalArgumentException("an empty message has no token, options or payload");
    }
  }

  public static CoapMessage empty(CoapType type, int messageId) {
    return new CoapMessage(type, CoapCode.EMPTY, messageId, new byte[0], List.of(), new byte[0]);
  }

  @Override
  public byte[] token() {
    return token.clone();
  }

  @Override
  public byte[] payload() {
    return payload.clone();
  }

  public List<CoapOption> options(int number) {
    return options.stream().filter(o -> o.number() == number).toList();
  }

  public Optional<CoapOption> option(int number) {
    return options.stream().filter(o -> o.number() == number).findFirst();
  }

  public boolean hasToken(byte[] other) {
    return Arrays.equals(token, other);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CoapMessage m && type == m.type && code.equals(m.code) && messageId == m.messageId
        && Arrays.equals(token, m.token) && options.equals(m.options) && Arrays.equals(payload, m.payload);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, code, messageId, Arrays.hashCode(token), options, Arrays.hashCode(payload));
  }

  @Override
  public String toString() {
    return "CoapMessage[" + type + " " + code + " mid=" + messageId + " token=" + HexFormat.of().formatHex(token)
        + " options=" + options + " payload=" + payload.length + " bytes]";
  }
}
