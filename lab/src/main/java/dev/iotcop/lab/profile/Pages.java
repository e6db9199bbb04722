package dev.iotcop.lab.profile;

import java.util.LinkedHashMap;
import java.util.Map;

/** Static files a web or FTP service serves: URL path to content. */
final class Pages {
  private Pages() {}

  static Map<String, String> check(Map<String, String> pages, String service) {
    if (pages == null) {
      return Map.of();
    }
    Map<String, String> copy = new LinkedHashMap<>();
    pages.forEach((path, content) -> {
      if (!path.matches("(/[A-Za-z0-9_-][A-Za-z0-9._-]*)+") || path.contains("/..")) {
        throw new IllegalArgumentException(service + ": page path '" + path + "' must be a plain absolute path");
      }
      copy.put(path, content == null ? "" : content);
    });
    return Map.copyOf(copy);
  }
}
