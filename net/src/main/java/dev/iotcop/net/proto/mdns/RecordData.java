package dev.iotcop.net.proto.mdns;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/** The typed RDATA of a resource record. */
public sealed interface RecordData {

  int type();

  record A(Inet4Address address) implements RecordData {
    @Override
    public int type() {
      return DnsType.A;
    }
  }

  record Aaaa(Inet6Address address) implements RecordData {
    @Override
    public int type() {
      return DnsType.AAAA;
    }
  }

  record Ptr(DnsName target) implements RecordData {
    @Override
    public int type() {
      return DnsType.PTR;
    }
  }

  record Srv(int priority, int weight, int port, DnsName target) implements RecordData {
    public Srv {
      if ((priority | weight | port) < 0 || priority > 0xFFFF || weight > 0xFFFF || port > 0xFFFF) {
        throw new IllegalArgumentException("priority, weight and port are 16 bits");
      }
      Objects.requireNonNull(target, "target");
    }

    @Override
    public int type() {
      return DnsType.SRV;
    }
  }

  /** TXT strings decoded as UTF-8 (DNS-SD key=value pairs), each at most 255 bytes on the wire. */
  record Txt(List<String> strings) implements RecordData {
    public Txt {
      strings = List.copyOf(strings);
      for (String string : strings) {
        if (string.getBytes(StandardCharsets.UTF_8).length > 255) {
          throw new IllegalArgumentException("a TXT string has at most 255 bytes");
        }
      }
    }

    @Override
    public int type() {
      return DnsType.TXT;
    }
  }

  /** Any other type, with its RDATA as received (names inside it are not decompressed). */
  record Raw(int type, byte[] data) implements RecordData {
    public Raw {
      if (type < 0 || type > 0xFFFF || isModelled(type)) {
        throw new IllegalArgumentException("type " + type + " has its own record");
      }
      data = data.clone();
      if (data.length > 0xFFFF) {
        throw new IllegalArgumentException("RDATA has at most 65535 bytes");
      }
    }

    @Override
    public byte[] data() {
      return data.clone();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Raw r && type == r.type && Arrays.equals(data, r.data);
    }

    @Override
    public int hashCode() {
      return 31 * type + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
      return "Raw[type=" + type + ", data=" + HexFormat.of().formatHex(data) + "]";
    }
  }

  static boolean isModelled(int type) {
    return type == DnsType.A || type == DnsType.AAAA || type == DnsType.PTR || type == DnsType.SRV
        || type == DnsType.TXT;
  }
}
