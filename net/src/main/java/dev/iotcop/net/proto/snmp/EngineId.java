package dev.iotcop.net.proto.snmp;

import dev.iotcop.net.proto.Octets;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * An SNMP engine id read by the layout of RFC 3411 (SnmpEngineID): with the top bit of the first octet set, four
 * octets of enterprise number, a format octet and the format's data; otherwise the older twelve-octet form of an
 * enterprise number and eight octets of the enterprise's choosing. The interpretation never fails: anything that does
 * not follow the layout is {@link Content.Unstructured}.
 */
public record EngineId(Octets value) {
  public EngineId {
    Objects.requireNonNull(value, "value");
  }

  /** What the octets after the enterprise number say. */
  public sealed interface Content {
    /** Format 1: an IPv4 address. */
    record Ipv4(InetAddress address) implements Content {}

    /** Format 2: an IPv6 address. */
    record Ipv6(InetAddress address) implements Content {}

    /** Format 3: a MAC address, as colon-separated lower-case hex. */
    record Mac(String address) implements Content {}

    /** Format 4: administratively assigned text. */
    record Text(String text) implements Content {}

    /** Format 5 (administratively assigned octets) or the old twelve-octet form. */
    record Opaque(Octets octets) implements Content {}

    /** Formats 128 to 255: defined by the enterprise (net-snmp's random default is 128). */
    record EnterpriseSpecific(int format, Octets octets) implements Content {}

    /** Too short, a reserved format, or data whose length does not fit the format. */
    record Unstructured(Octets octets) implements Content {}
  }

  /** The IANA private enterprise number in the first four octets, when there are at least five octets. */
  public Optional<Long> enterprise() {
    if (value.length() < 5) {
      return Optional.empty();
    }
    long number = ((long) (value.get(0) & 0x7F) << 24) | (value.get(1) << 16) | (value.get(2) << 8) | value.get(3);
    return Optional.of(number);
  }

  public Content content() {
    byte[] bytes = value.toByteArray();
    if (bytes.length < 5) {
      return new Content.Unstructured(value);
    }
    if ((bytes[0] & 0x80) == 0) {
      return bytes.length == 12 ? new Content.Opaque(Octets.of(bytes, 4, 8)) : new Content.Unstructured(value);
    }
    int format = bytes[4] & 0xFF;
    Octets data = Octets.of(bytes, 5, bytes.length - 5);
    return switch (format) {
      case 1 -> data.length() == 4 ? new Content.Ipv4(address(data)) : new Content.Unstructured(value);
      case 2 -> data.length() == 16 ? new Content.Ipv6(address(data)) : new Content.Unstructured(value);
      case 3 -> data.length() == 6 ? new Content.Mac(mac(data)) : new Content.Unstructured(value);
      case 4 -> data.length() <= 27 ? new Content.Text(new String(data.toByteArray(), StandardCharsets.UTF_8))
          : new Content.Unstructured(value);
      case 5 -> data.length() <= 27 ? new Content.Opaque(data) : new Content.Unstructured(value);
      default -> format >= 128 ? new Content.EnterpriseSpecific(format, data) : new Content.Unstructured(value);
    };
  }

  private static InetAddress address(Octets data) {
    try {
      return InetAddress.getByAddress(data.toByteArray());
    } catch (UnknownHostException e) {
      throw new IllegalStateException("an address of 4 or 16 octets is always valid", e);
    }
  }

  private static String mac(Octets data) {
    return HexFormat.ofDelimiter(":").formatHex(data.toByteArray());
  }

  @Override
  public String toString() {
    return value.toHex();
  }
}
