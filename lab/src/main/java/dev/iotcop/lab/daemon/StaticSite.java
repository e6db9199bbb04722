package dev.iotcop.lab.daemon;

import java.nio.file.Path;
import java.util.Map;

/** Writes a profile's pages (URL path to content) under a document root. */
final class StaticSite {
  private StaticSite() {}

  static Path write(Path root, Map<String, String> pages, String fallbackIndex) {
    DeviceFiles.directory(root);
    if (!pages.containsKey("/index.html") && fallbackIndex != null) {
      DeviceFiles.write(root.resolve("index.html"), fallbackIndex);
    }
    pages.forEach((path, content) -> {
      Path file = root.resolve(path.substring(1)).normalize();
      if (!file.startsWith(root)) {
        throw new IllegalArgumentException("page path escapes the document root: " + path);
      }
      for (Path dir = file.getParent(); !dir.equals(root); dir = dir.getParent()) {
        DeviceFiles.directory(dir);
      }
      DeviceFiles.write(file, content);
    });
    return root;
  }
}
