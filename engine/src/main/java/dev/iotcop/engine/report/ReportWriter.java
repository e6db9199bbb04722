package dev.iotcop.engine.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes reports in one format. Implementations are found with {@link java.util.ServiceLoader}; each builds a typed
 * model of its format (never text glued together) and is validated against the format's schema in tests.
 */
public interface ReportWriter {
  /** The format name users choose with {@code --format}, e.g. {@code json}. */
  String format();

  /** The usual file name extension, without the dot. */
  String extension();

  void write(List<Report> reports, RenderOptions options, OutputStream out) throws IOException;
}
