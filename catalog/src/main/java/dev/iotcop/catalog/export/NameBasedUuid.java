package dev.iotcop.catalog.export;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/** RFC 9562 version-5 (SHA-1, name-based) UUIDs, so exports are reproducible: the same name gives the same UUID. */
public final class NameBasedUuid {
  /** The namespace for names iotcop derives UUIDs from (itself a fixed random UUID). */
  public static final UUID IOTCOP = UUID.fromString("6f1e2c57-9f0b-4f4e-8a43-6c2d1b7e0a91");

  private NameBasedUuid() {}

  public static UUID v5(UUID namespace, String name) {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is required by every JDK", e);
    }
    ByteBuffer ns = ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
    sha1.update(ns.array());
    byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
    ByteBuffer b = ByteBuffer.wrap(hash, 0, 16);
    return new UUID(b.getLong(), b.getLong());
  }

  public static UUID of(String name) {
    return v5(IOTCOP, name);
  }
}
