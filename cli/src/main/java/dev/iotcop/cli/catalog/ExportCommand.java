package dev.iotcop.cli.catalog;

import dev.iotcop.catalog.Catalog;
import dev.iotcop.catalog.IxitSection;
import dev.iotcop.catalog.Provision;
import dev.iotcop.catalog.Standard;
import dev.iotcop.catalog.export.OscalCatalogExporter;
import dev.iotcop.catalog.view.CatalogViews;
import dev.iotcop.catalog.view.ItemDetail;
import dev.iotcop.cli.CliContext;
import dev.iotcop.cli.CouldNotRun;
import dev.iotcop.cli.ExitCodes;
import dev.iotcop.cli.output.Csv;
import dev.iotcop.cli.output.Json;
import dev.iotcop.cli.output.OutputFormat;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", description = "Export the catalog as JSON, CSV (provisions) or an OSCAL 1.1.3 catalog of one EN 303 645 version.")
final class ExportCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
  boolean help;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "json", description = "json, csv or oscal (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--version", paramLabel = "V", description = "EN 303 645 version for csv and oscal (csv: all versions when omitted).")
  String version;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  String out;

  ExportCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  record IxitView(String id, int number, String name, String title, String summary, List<String> fields) {}

  record CatalogExport(String dataVersion, String dataDate, String language, List<Standard> standards, List<ItemDetail> items,
      List<IxitView> ixit) {}

  @Override
  public Integer call() {
    Catalog catalog = ctx.catalog();
    CatalogResolver resolver = new CatalogResolver(catalog);
    String text = switch (format) {
      case OSCAL -> Json.write(new OscalCatalogExporter(catalog).export(resolver.version(version), ctx.language()));
      case CSV -> csv(catalog, version == null ? catalog.en303645Versions() : List.of(resolver.version(version)));
      case JSON -> Json.write(json(catalog));
      case TEXT -> throw new dev.iotcop.cli.UserError("cli.error.unsupported-format", format, "json, csv, oscal");
    };
    if (out == null) {
      ctx.out().println(text);
    } else {
      Path file = ctx.resolve(out);
      try {
        Files.writeString(file, text + System.lineSeparator(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new CouldNotRun("cli.error.cannot-write", file, e.getMessage());
      }
      ctx.err().println(ctx.msg("cli.export.written", file, format));
    }
    return ExitCodes.OK;
  }

  private CatalogExport json(Catalog catalog) {
    CatalogViews views = new CatalogViews(catalog, ctx.language());
    List<ItemDetail> items = new ArrayList<>();
    catalog.guidelines().forEach(g -> items.add(views.detail(g, catalog.defaultEn303645Version())));
    catalog.en303645Versions().forEach(v -> catalog.provisions(v).forEach(p -> items.add(views.detail(p))));
    catalog.testCases().forEach(t -> items.add(views.detail(t)));
    catalog.standards().forEach(s -> catalog.items(s.id()).forEach(i -> items.add(views.detail(i, catalog.defaultEn303645Version()))));
    List<IxitView> ixit = new ArrayList<>();
    for (IxitSection s : catalog.ixitSections()) {
      ixit.add(new IxitView(s.code(), s.number(), s.name(), catalog.title(s.ref(), ctx.language()).display(),
          catalog.summary(s.ref(), ctx.language()).display(), s.fields()));
    }
    return new CatalogExport(catalog.dataVersion(), catalog.dataDate(), ctx.language().code(), catalog.standards(), items, ixit);
  }

  private String csv(Catalog catalog, List<String> versions) {
    CatalogViews views = new CatalogViews(catalog, ctx.language());
    List<Object[]> rows = new ArrayList<>();
    for (String v : versions) {
      for (Provision p : catalog.provisions(v)) {
        rows.add(new Object[] {v, p.id(), p.clause(), p.status().notation(), p.status().level().code(),
            String.join(";", p.status().allConditionIds()), p.provisional(),
            String.join(";", views.guidelines(p.ref()).stream().map(String::valueOf).toList()),
            String.join(";", catalog.testCasesFor(v, p.id()).stream().map(t -> t.id()).toList()),
            catalog.title(p.ref(), ctx.language()).display(), catalog.summary(p.ref(), ctx.language()).display()});
      }
    }
    StringWriter buffer = new StringWriter();
    Csv.write(buffer, List.of("version", "id", "clause", "status", "level", "conditions", "provisional", "guidelines", "test_cases",
        "title", "summary"), rows);
    return buffer.toString().stripTrailing();
  }
}
