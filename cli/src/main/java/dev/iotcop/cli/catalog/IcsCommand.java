package dev.iotcop.cli.catalog;

import dev.iotcop.catalog.Catalog;
import dev.iotcop.catalog.Condition;
import dev.iotcop.catalog.IxitSection;
import dev.iotcop.catalog.ics.IcsRow;
import dev.iotcop.catalog.ics.IcsStructure;
import dev.iotcop.catalog.ics.IcsSupport;
import dev.iotcop.catalog.view.CatalogViews;
import dev.iotcop.catalog.view.ListEntry;
import dev.iotcop.cli.CliContext;
import dev.iotcop.cli.ExitCodes;
import dev.iotcop.cli.UserError;
import dev.iotcop.cli.output.Csv;
import dev.iotcop.cli.output.Json;
import dev.iotcop.cli.output.OutputFormat;
import dev.iotcop.cli.output.TextTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "ics", description = "Show the Implementation Conformance Statement of a version: one row per provision with its "
    + "status and admissible answers; as json or csv it is a blank template to fill in.")
final class IcsCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
  boolean help;

  @Option(names = "--version", paramLabel = "V", description = "EN 303 645 version: 2.1.1 (default) or 3.1.3.")
  String version;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", description = "text, json or csv.")
  OutputFormat format;

  IcsCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  /** The blank template: what the manufacturer fills in, with the facts that constrain each answer beside it. */
  record Template(String standard, String version, String kind, List<Row> ics, List<ConditionEntry> conditions,
      List<IxitEntry> ixit) {}

  record Row(String provision, String clause, String status, boolean provisional, List<String> conditions,
      List<String> allowedSupport, List<String> detailRequiredFor, List<String> testCases, String title, String support,
      String detail) {}

  record ConditionEntry(String id, String kind, String meaning, boolean provisional) {}

  record IxitEntry(String section, Map<String, String> fields) {}

  @Override
  public Integer call() {
    if (format != OutputFormat.TEXT && format != OutputFormat.JSON && format != OutputFormat.CSV) {
      throw new UserError("cli.error.unsupported-format", format, "text, json, csv");
    }
    Catalog catalog = ctx.catalog();
    String v = new CatalogResolver(catalog).version(version);
    IcsStructure ics = IcsStructure.of(catalog, v);
    CatalogViews views = new CatalogViews(catalog, ctx.language());
    List<Row> rows = ics.rows().stream().map(r -> row(catalog, views, v, r)).toList();
    switch (format) {
      case JSON -> Json.print(ctx.out(), new Template(Catalog.EN303645, v, "ics-template", rows,
          ics.conditions().stream().map(c -> condition(catalog, c)).toList(),
          ics.ixitSections().stream().map(IcsCommand::ixit).toList()));
      case CSV -> csv(rows);
      default -> text(catalog, ics, rows);
    }
    return ExitCodes.OK;
  }

  private Row row(Catalog catalog, CatalogViews views, String v, IcsRow r) {
    ListEntry entry = views.entry(catalog.provision(v, r.provision()).orElseThrow());
    String title = entry.shownTitle();
    return new Row(r.provision(), r.clause(), r.status(), r.provisional(), r.conditions(), codes(r.allowedSupport()),
        codes(r.detailRequiredFor()), r.testCases(), title, null, "");
  }

  private ConditionEntry condition(Catalog catalog, Condition c) {
    return new ConditionEntry(c.id(), c.kind().name().toLowerCase(Locale.ROOT), catalog.title(c.ref(), ctx.language()).display(),
        c.provisional());
  }

  private static IxitEntry ixit(IxitSection s) {
    Map<String, String> fields = new LinkedHashMap<>();
    s.fields().forEach(f -> fields.put(f, ""));
    return new IxitEntry(s.code(), fields);
  }

  private static List<String> codes(List<IcsSupport> supports) {
    return supports.stream().map(IcsSupport::code).toList();
  }

  private void text(Catalog catalog, IcsStructure ics, List<Row> rows) {
    TextTable table = new TextTable(List.of(ctx.msg("cli.col.provision"), ctx.msg("cli.col.status"), ctx.msg("cli.col.support"),
        ctx.msg("cli.col.title")));
    for (Row r : rows) {
      table.row(List.of(r.provision() + (r.provisional() ? "*" : ""), r.status(), String.join("/", r.allowedSupport()), r.title()));
    }
    table.print(ctx.out());
    ctx.out().println();
    ctx.out().println(ctx.msg("cli.ics.answers"));
    if (!ics.conditions().isEmpty()) {
      ctx.out().println(ctx.msg("cli.ics.conditions"));
      for (Condition c : ics.conditions()) {
        ctx.out().printf("  %-3s %s%n", c.id(), catalog.title(c.ref(), ctx.language()).display() + (c.provisional() ? " *" : ""));
      }
    }
    if (rows.stream().anyMatch(Row::provisional)) {
      ctx.out().println(ctx.msg("cli.list.provisional-note"));
    }
    ctx.out().println(ctx.msg("cli.ics.template", rows.size(), ics.ixitSections().size()));
    ctx.out().flush();
  }

  private void csv(List<Row> rows) {
    Csv.write(ctx.out(), List.of("provision", "clause", "status", "provisional", "conditions", "allowed_support", "detail_required_for",
        "test_cases", "title", "support", "detail"), rows.stream().map(r -> new Object[] {r.provision(), r.clause(), r.status(),
            Boolean.toString(r.provisional()), String.join(";", r.conditions()), String.join(";", r.allowedSupport()),
            String.join(";", r.detailRequiredFor()), String.join(";", r.testCases()), r.title(), "", ""}).toList());
    ctx.out().flush();
  }
}
