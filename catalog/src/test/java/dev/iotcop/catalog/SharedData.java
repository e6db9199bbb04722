package dev.iotcop.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

/** The read-only reference data beside the project ({@code ../shared}), which tests compare the shipped data with. */
public final class SharedData {
  private SharedData() {}

  public static Path root() {
    Path p = Path.of(System.getProperty("iotcop.shared", "../shared")).toAbsolutePath().normalize();
    if (!Files.isDirectory(p)) {
      p = Path.of("..", "..", "shared").toAbsolutePath().normalize();
    }
    assertThat(p).as("shared reference data directory").isDirectory();
    return p;
  }

  public static Path file(String relative) {
    Path f = root().resolve(relative);
    assertThat(f).as("shared file " + relative).isRegularFile();
    return f;
  }
}
