package dev.iotcop.cli.assess;

import dev.iotcop.catalog.Catalog;
import dev.iotcop.cli.CliContext;
import dev.iotcop.cli.CouldNotRun;
import dev.iotcop.cli.UserError;
import dev.iotcop.cli.catalog.Versions;
import dev.iotcop.engine.report.RenderOptions;
import dev.iotcop.engine.report.Report;
import dev.iotcop.engine.report.ReportWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import picocli.CommandLine.Option;

/** The options every command that produces an assessment report shares. */
public final class ReportOptions {
  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "Report format: text (default) or json; more formats as installed.")
  String format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the report to FILE and print the text summary.")
  String out;

  @Option(names = "--show-secrets", description = "Show passwords and community strings that were found, unmasked.")
  boolean showSecrets;

  @Option(names = "--version", paramLabel = "V", description = "EN 303 645 version to give verdicts on: 2.1.1 (default) or 3.1.3.")
  String version;

  public static List<ReportWriter> writers() {
    return ServiceLoader.load(ReportWriter.class, ReportOptions.class.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList();
  }

  public ReportWriter writer() {
    return writer(format);
  }

  static ReportWriter writer(String name) {
    List<ReportWriter> all = writers();
    return all.stream().filter(w -> w.format().equalsIgnoreCase(name)).findFirst()
        .orElseThrow(() -> new UserError("cli.error.unsupported-format", name, String.join(", ", all.stream().map(ReportWriter::format).toList())));
  }

  /** True when the user chose a version, which is then checked before any work starts. */
  public boolean versionChosen() {
    return version != null;
  }

  public String version(Catalog catalog) {
    return Versions.resolve(catalog, version);
  }

  public static Report.ToolInfo tool(Catalog catalog) {
    String v = ReportOptions.class.getPackage().getImplementationVersion();
    return new Report.ToolInfo("iotcop", v == null ? "development" : v, catalog.dataVersion());
  }

  public void emit(CliContext ctx, List<Report> reports, Catalog catalog) throws IOException {
    RenderOptions options = new RenderOptions(ctx.messages(), catalog, showSecrets);
    if (out == null) {
      print(ctx, writer(), reports, options);
      return;
    }
    Path file = ctx.resolve(out);
    try (OutputStream os = Files.newOutputStream(file)) {
      writer().write(reports, options, os);
    } catch (IOException e) {
      throw new CouldNotRun("cli.error.cannot-write", file, e.getMessage());
    }
    if (!format.equalsIgnoreCase("text")) {
      print(ctx, writer("text"), reports, options);
    }
    ctx.out().println(ctx.msg("cli.assess.report-written", file, writer().format()));
  }

  private static void print(CliContext ctx, ReportWriter w, List<Report> reports, RenderOptions options) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    w.write(reports, options, buffer);
    ctx.out().print(buffer.toString(StandardCharsets.UTF_8));
    ctx.out().flush();
  }
}
