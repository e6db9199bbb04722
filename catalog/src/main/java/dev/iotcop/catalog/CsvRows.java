package dev.iotcop.catalog;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a CSV file with a header row into rows keyed by column name; every declared column must be present. */
final class CsvRows {
  private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.TRIM_SPACES).build();

  private CsvRows() {}

  static List<Row> read(String resource, List<String> requiredColumns) {
    try (InputStream in = CsvRows.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("catalog data file missing from the class path: " + resource);
      }
      CsvSchema schema = CsvSchema.emptySchema().withHeader();
      List<Row> rows = new ArrayList<>();
      try (MappingIterator<Map<String, String>> it = MAPPER.readerForMapOf(String.class).with(schema).readValues(in)) {
        int line = 1;
        while (it.hasNext()) {
          line++;
          Map<String, String> values = it.next();
          for (String column : requiredColumns) {
            if (!values.containsKey(column)) {
              throw new IllegalStateException(resource + ":" + line + ": column '" + column + "' missing");
            }
          }
          rows.add(new Row(resource, line, values));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  record Row(String file, int line, Map<String, String> values) {
    String get(String column) {
      String v = values.get(column);
      return v == null ? "" : v.trim();
    }

    boolean flag(String column) {
      String v = get(column);
      return switch (v) {
        case "yes", "true" -> true;
        case "no", "false", "" -> false;
        default -> throw error("'" + column + "' must be yes or no, not '" + v + "'");
      };
    }

    List<String> list(String column) {
      String v = get(column);
      return v.isEmpty() ? List.of() : List.of(v.split("\\s*;\\s*"));
    }

    IllegalStateException error(String message) {
      return new IllegalStateException(file + ":" + line + ": " + message);
    }
  }
}
