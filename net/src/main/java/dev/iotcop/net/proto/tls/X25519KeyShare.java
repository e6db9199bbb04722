package dev.iotcop.net.proto.tls;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.interfaces.XECPublicKey;

/** A fresh X25519 public key from the JDK, in the 32-byte little-endian form TLS key_share carries. */
public final class X25519KeyShare {
  public static final int GROUP = 0x001D;

  private X25519KeyShare() {}

  public static byte[] newPublicKey() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("X25519");
      XECPublicKey key = (XECPublicKey) generator.generateKeyPair().getPublic();
      return littleEndian32(key.getU());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK offers no X25519", e);
    }
  }

  static byte[] littleEndian32(BigInteger u) {
    byte[] big = u.toByteArray();
    byte[] out = new byte[32];
    for (int i = 0; i < 32 && i < big.length; i++) {
      out[i] = big[big.length - 1 - i];
    }
    return out;
  }
}
