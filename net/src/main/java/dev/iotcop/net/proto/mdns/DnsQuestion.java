package dev.iotcop.net.proto.mdns;

import java.util.Objects;

/**
 * A question. In mDNS the top bit of the class asks for a unicast reply (the "QU" bit, RFC 6762 section 5.4); it is
 * held apart in {@code unicastResponse}, and {@code questionClass} has 15 bits.
 */
public record DnsQuestion(DnsName name, int type, int questionClass, boolean unicastResponse) {
  public DnsQuestion {
    Objects.requireNonNull(name, "name");
    if (type < 0 || type > 0xFFFF || questionClass < 0 || questionClass > 0x7FFF) {
      throw new IllegalArgumentException("type is 16 bits and class 15 bits");
    }
  }
}
