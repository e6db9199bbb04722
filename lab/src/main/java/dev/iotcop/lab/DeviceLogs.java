package dev.iotcop.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads daemon logs leniently: a log that is missing or unreadable reads as empty, not as an error. */
final class DeviceLogs {
  private DeviceLogs() {}

  static String read(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  static String tail(Path file, int lines) {
    List<String> all = read(file).lines().toList();
    return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
  }
}
