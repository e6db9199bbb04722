package dev.iotcop.net.check.surface;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A list of request paths in a resource file: one per line, {@code #} comments, each starting with '/'. */
final class PathList {
  private PathList() {}

  static List<String> load(String resource) {
    try (InputStream in = PathList.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing");
      }
      List<String> paths = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
      for (String p : paths) {
        if (!p.startsWith("/") || p.chars().anyMatch(c -> c <= 0x20 || c >= 0x7F)) {
          throw new IllegalStateException(resource + ": not a request path: " + p);
        }
      }
      return paths;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
