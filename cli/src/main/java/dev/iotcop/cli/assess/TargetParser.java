package dev.iotcop.cli.assess;

import dev.iotcop.cli.UserError;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns what the user typed into the addresses to assess: an IPv4 or IPv6 address, a host name (resolved once), or a
 * small IPv4 CIDR range. Ranges larger than the limit are refused, so a typo never turns into a sweep of a network.
 */
public final class TargetParser {
  private final int maxHosts;

  public TargetParser(int maxHosts) {
    this.maxHosts = maxHosts;
  }

  /** One named target and the addresses it stands for; {@code range} is true for CIDR notation. */
  public record NamedTarget(String input, List<InetAddress> addresses, boolean range) {}

  public List<NamedTarget> parse(List<String> inputs) {
    Map<String, NamedTarget> out = new LinkedHashMap<>();
    int total = 0;
    for (String raw : inputs) {
      String input = raw.strip();
      NamedTarget t = input.contains("/") ? cidr(input) : single(input);
      total += t.addresses().size();
      if (total > maxHosts) {
        throw new UserError("cli.assess.error.too-many-hosts", input, total, maxHosts);
      }
      out.putIfAbsent(input, t);
    }
    return List.copyOf(out.values());
  }

  private NamedTarget single(String input) {
    if (input.isEmpty()) {
      throw new UserError("cli.assess.error.empty-target");
    }
    try {
      InetAddress a = InetAddress.getByName(input);
      if (a.isAnyLocalAddress() || a.isMulticastAddress()) {
        throw new UserError("cli.assess.error.not-a-host", input);
      }
      return new NamedTarget(input, List.of(a), false);
    } catch (UnknownHostException e) {
      throw new UserError("cli.assess.error.unknown-host", input);
    }
  }

  private NamedTarget cidr(String input) {
    String[] parts = input.split("/", -1);
    int prefix;
    try {
      prefix = Integer.parseInt(parts[1]);
    } catch (NumberFormatException e) {
      throw new UserError("cli.assess.error.bad-cidr", input);
    }
    InetAddress base;
    try {
      base = InetAddress.getByName(parts[0]);
    } catch (UnknownHostException e) {
      throw new UserError("cli.assess.error.bad-cidr", input);
    }
    if (!(base instanceof Inet4Address) || parts.length != 2 || !parts[0].matches("[0-9.]+")) {
      throw new UserError("cli.assess.error.cidr-ipv4-only", input);
    }
    if (prefix < 0 || prefix > 32) {
      throw new UserError("cli.assess.error.bad-cidr", input);
    }
    long size = 1L << (32 - prefix);
    long usable = prefix >= 31 ? size : size - 2;
    if (usable > maxHosts) {
      throw new UserError("cli.assess.error.range-too-large", input, usable, maxHosts);
    }
    byte[] b = base.getAddress();
    long value = ((b[0] & 0xffL) << 24) | ((b[1] & 0xffL) << 16) | ((b[2] & 0xffL) << 8) | (b[3] & 0xffL);
    long network = value & (~((1L << (32 - prefix)) - 1) & 0xffffffffL);
    List<InetAddress> addresses = new ArrayList<>();
    long first = prefix >= 31 ? network : network + 1;
    long last = prefix >= 31 ? network + size - 1 : network + size - 2;
    for (long v = first; v <= last; v++) {
      byte[] a = {(byte) (v >> 24), (byte) (v >> 16), (byte) (v >> 8), (byte) v};
      try {
        addresses.add(InetAddress.getByAddress(a));
      } catch (UnknownHostException e) {
        throw new IllegalStateException("four bytes are always an address", e);
      }
    }
    return new NamedTarget(input, addresses, true);
  }
}
