package dev.iotcop.net.discovery;

import java.util.BitSet;
import java.util.stream.IntStream;

/**
 * A set of TCP ports as users write it: {@code 1-1024,8080,8443}, {@code -} or {@code all} for every port.
 * Immutable once parsed.
 */
public final class PortSpec {
  private final BitSet ports;

  private PortSpec(BitSet ports) {
    this.ports = ports;
  }

  public static PortSpec all() {
    BitSet b = new BitSet(65536);
    b.set(1, 65536);
    return new PortSpec(b);
  }

  public static PortSpec of(int... ports) {
    BitSet b = new BitSet(65536);
    for (int p : ports) {
      check(p, String.valueOf(p));
      b.set(p);
    }
    return new PortSpec(b);
  }

  /** Parses a port list ({@code none} or an empty text is the empty set); throws {@link IllegalArgumentException} naming the bad part. */
  public static PortSpec parse(String text) {
    String t = text.strip();
    if (t.isEmpty() || t.equalsIgnoreCase("none")) {
      return new PortSpec(new BitSet(65536));
    }
    if (t.equals("-") || t.equalsIgnoreCase("all")) {
      return all();
    }
    BitSet b = new BitSet(65536);
    for (String part : t.split(",")) {
      String p = part.strip();
      if (p.isEmpty()) {
        throw new IllegalArgumentException("empty entry in port list '" + text + "'");
      }
      int dash = p.indexOf('-');
      try {
        if (dash < 0) {
          int port = Integer.parseInt(p);
          check(port, p);
          b.set(port);
        } else {
          int from = dash == 0 ? 1 : Integer.parseInt(p.substring(0, dash).strip());
          int to = dash == p.length() - 1 ? 65535 : Integer.parseInt(p.substring(dash + 1).strip());
          check(from, p);
          check(to, p);
          if (from > to) {
            throw new IllegalArgumentException("port range '" + p + "' runs backwards");
          }
          b.set(from, to + 1);
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("'" + p + "' is not a port or port range");
      }
    }
    return new PortSpec(b);
  }

  private static void check(int port, String text) {
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port '" + text + "' is outside 1-65535");
    }
  }

  public int size() {
    return ports.cardinality();
  }

  public boolean contains(int port) {
    return port >= 0 && port < 65536 && ports.get(port);
  }

  public IntStream stream() {
    return ports.stream();
  }

  /** The ports as an array, in ascending order. */
  public int[] toArray() {
    return ports.stream().toArray();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    int i = ports.nextSetBit(0);
    while (i >= 0) {
      int end = ports.nextClearBit(i) - 1;
      if (!sb.isEmpty()) {
        sb.append(',');
      }
      sb.append(i == end ? String.valueOf(i) : i + "-" + end);
      i = ports.nextSetBit(end + 1);
    }
    return sb.toString();
  }
}
