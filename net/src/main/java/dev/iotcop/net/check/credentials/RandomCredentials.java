package dev.iotcop.net.check.credentials;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/**
 * Made-up credentials for the wrong-password control and for guessing-resistance probes: a user name that no device
 * ships with and a long random password, so no real account is charged with a failure.
 */
final class RandomCredentials {
  private static final String LOWER = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final String MIXED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  static final String USER_PREFIX = "iotcop-";

  private final RandomGenerator random;

  RandomCredentials(RandomGenerator random) {
    this.random = random;
  }

  static RandomCredentials secure() {
    return new RandomCredentials(new SecureRandom());
  }

  Credential next() {
    return new Credential(USER_PREFIX + text(LOWER, 8), text(MIXED, 20));
  }

  private String text(String alphabet, int length) {
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  static boolean isRandom(String username) {
    return username.startsWith(USER_PREFIX);
  }
}
