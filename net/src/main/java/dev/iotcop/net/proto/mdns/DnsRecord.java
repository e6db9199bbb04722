package dev.iotcop.net.proto.mdns;

import java.util.Objects;

/**
 * A resource record. In mDNS the top bit of the class is the cache-flush bit (RFC 6762 section 10.2); it is held apart
 * in {@code cacheFlush}, and {@code recordClass} has 15 bits.
 */
public record DnsRecord(DnsName name, int recordClass, boolean cacheFlush, long ttl, RecordData data) {
  public DnsRecord {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(data, "data");
    if (recordClass < 0 || recordClass > 0x7FFF) {
      throw new IllegalArgumentException("class is 15 bits");
    }
    if (ttl < 0 || ttl > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("TTL is an unsigned 32-bit number");
    }
  }

  public int type() {
    return data.type();
  }
}
