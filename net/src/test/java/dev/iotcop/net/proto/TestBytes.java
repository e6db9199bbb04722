package dev.iotcop.net.proto;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;

/** Loads bytes captured from real daemons, stored as hex text beside the tests. */
public final class TestBytes {
  private TestBytes() {}

  public static byte[] hexResource(Class<?> anchor, String name) {
    return HexFormat.of().parseHex(text(anchor, name).replaceAll("\\s+", ""));
  }

  public static byte[] resource(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("missing test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text(Class<?> anchor, String name) {
    return new String(resource(anchor, name), java.nio.charset.StandardCharsets.UTF_8);
  }

  public static byte[] hex(String hex) {
    return HexFormat.of().parseHex(hex.replaceAll("\\s+", ""));
  }
}
