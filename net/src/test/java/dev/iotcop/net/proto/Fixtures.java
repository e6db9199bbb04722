package dev.iotcop.net.proto;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads captured bytes stored beside the tests. */
public final class Fixtures {
  private Fixtures() {}

  public static byte[] bytes(Class<?> near, String name) {
    try (InputStream in = near.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
