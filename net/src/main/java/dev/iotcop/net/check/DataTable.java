package dev.iotcop.net.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The small comma-separated data files that sit beside the checks: blank lines and {@code #} comments skipped, a
 * required header line, then rows of a fixed number of fields (the last field may contain commas). Malformed files
 * fail with the file name and line number.
 */
public final class DataTable {
  private DataTable() {}

  /** One data row with the line it came from, for error messages. */
  public record Row(String file, int line, List<String> fields) {
    public String get(int i) {
      return fields.get(i);
    }

    public IllegalArgumentException error(String message) {
      return new IllegalArgumentException(file + " line " + line + ": " + message);
    }
  }

  /** Reads a resource beside {@code owner}; a missing file is an error in the build, not in the data. */
  public static List<String> lines(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing beside " + owner.getName());
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rows of {@code lines}, whose first non-comment line must be {@code header}. */
  public static List<Row> rows(String file, List<String> lines, String header) {
    int columns = header.split(",").length;
    List<Row> rows = new ArrayList<>();
    boolean seenHeader = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!seenHeader) {
        if (!line.strip().equals(header)) {
          throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected the header " + header);
        }
        seenHeader = true;
        continue;
      }
      String[] f = line.strip().split(",", columns);
      if (f.length != columns) {
        throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + columns + " columns expected");
      }
      rows.add(new Row(file, i + 1, List.of(f)));
    }
    if (!seenHeader) {
      throw new IllegalArgumentException(file + ": expected the header " + header);
    }
    return rows;
  }
}
