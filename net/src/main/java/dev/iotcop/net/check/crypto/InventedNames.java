package dev.iotcop.net.check.crypto;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Names no device knows, for user names and client identifiers in probes that must not touch real accounts. */
final class InventedNames {
  private static final SecureRandom RANDOM = new SecureRandom();

  private InventedNames() {}

  static String next() {
    byte[] b = new byte[4];
    RANDOM.nextBytes(b);
    return "iotcop-" + HexFormat.of().formatHex(b);
  }
}
