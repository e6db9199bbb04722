package dev.iotcop.net.proto.snmp;

import java.util.ArrayList;
import java.util.List;

/**
 * An object identifier as SNMP uses it: 2 to 128 arcs, each an unsigned 32-bit number, the first two arcs following
 * the X.660 rules (first arc 0, 1 or 2; second arc below 40 unless the first is 2).
 */
public record Oid(List<Long> arcs) implements Comparable<Oid> {
  public static final int MAX_ARCS = 128;
  static final long MAX_ARC = 0xFFFF_FFFFL;

  public Oid {
    arcs = List.copyOf(arcs);
    if (arcs.size() < 2 || arcs.size() > MAX_ARCS) {
      throw new IllegalArgumentException("an OID has 2 to " + MAX_ARCS + " arcs, not " + arcs.size());
    }
    for (long arc : arcs) {
      if (arc < 0 || arc > MAX_ARC) {
        throw new IllegalArgumentException("OID arc out of range: " + arc);
      }
    }
    long first = arcs.get(0);
    long second = arcs.get(1);
    if (first > 2 || (first < 2 && second > 39) || first * 40 + second > MAX_ARC) {
      throw new IllegalArgumentException("invalid first arcs " + first + "." + second);
    }
  }

  /** Parses dotted notation such as {@code 1.3.6.1.2.1.1.1.0} (a leading dot is allowed). */
  public static Oid parse(String dotted) {
    String text = dotted.startsWith(".") ? dotted.substring(1) : dotted;
    String[] parts = text.split("\\.", -1);
    if (parts.length > MAX_ARCS) {
      throw new IllegalArgumentException("too many arcs in " + dotted);
    }
    List<Long> arcs = new ArrayList<>(parts.length);
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 10 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
        throw new IllegalArgumentException("not a dotted OID: " + dotted);
      }
      arcs.add(Long.parseLong(part));
    }
    return new Oid(arcs);
  }

  public static Oid of(long... arcs) {
    List<Long> list = new ArrayList<>(arcs.length);
    for (long arc : arcs) {
      list.add(arc);
    }
    return new Oid(list);
  }

  public boolean startsWith(Oid prefix) {
    return arcs.size() >= prefix.arcs.size() && arcs.subList(0, prefix.arcs.size()).equals(prefix.arcs);
  }

  @Override
  public int compareTo(Oid other) {
    int common = Math.min(arcs.size(), other.arcs.size());
    for (int i = 0; i < common; i++) {
      int c = Long.compare(arcs.get(i), other.arcs.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(arcs.size(), other.arcs.size());
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (long arc : arcs) {
      if (!text.isEmpty()) {
        text.append('.');
      }
      text.append(arc);
    }
    return text.toString();
  }
}
