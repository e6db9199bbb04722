package dev.iotcop.cli.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/** Writes a header line and one quoted-as-needed line per row, leaving the writer open. */
public final class Csv {
  private static final CsvMapper MAPPER = CsvMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();

  private Csv() {}

  public static void write(Writer out, List<String> columns, Iterable<Object[]> rows) {
    CsvSchema.Builder schema = CsvSchema.builder();
    columns.forEach(schema::addColumn);
    try (SequenceWriter w = MAPPER.writer(schema.build().withHeader()).writeValues(out)) {
      for (Object[] row : rows) {
        w.write(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
