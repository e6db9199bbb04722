package dev.iotcop.cli.catalog;

import dev.iotcop.catalog.Catalog;
import dev.iotcop.catalog.Guideline;
import dev.iotcop.catalog.Provision;
import dev.iotcop.catalog.RequirementLevel;
import dev.iotcop.catalog.Standard;
import dev.iotcop.catalog.TestCase;
import dev.iotcop.catalog.view.CatalogViews;
import dev.iotcop.catalog.view.ListEntry;
import dev.iotcop.cli.CliContext;
import dev.iotcop.cli.ExitCodes;
import dev.iotcop.cli.UserError;
import dev.iotcop.cli.output.Csv;
import dev.iotcop.cli.output.Json;
import dev.iotcop.cli.output.OutputFormat;
import dev.iotcop.cli.output.TextTable;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list", description = "List the items of one standard: guidelines, provisions, test cases or mapped items.")
final class ListCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
  boolean help;

  @Option(names = {"-s", "--standard"}, paramLabel = "ID", defaultValue = Catalog.EN303645,
      description = "Standard id: cop, en303645, ts103701, psti, ... (default: ${DEFAULT-VALUE}).")
  String standard;

  @Option(names = "--version", paramLabel = "V", description = "EN 303 645 version: 2.1.1 (default) or 3.1.3.")
  String version;

  @Option(names = "--status", paramLabel = "M|R", description = "Only mandatory (M) or recommended (R) provisions.")
  String status;

  @Option(names = {"-g", "--guideline"}, paramLabel = "N", description = "Only items related to Code of Practice guideline N.")
  Integer guideline;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", description = "text, json or csv.")
  OutputFormat format;

  ListCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    Catalog catalog = ctx.catalog();
    CatalogResolver resolver = new CatalogResolver(catalog);
    Standard s = resolver.standard(standard);
    String v = resolver.version(version);
    if (version != null && !s.id().equals(Catalog.EN303645)) {
      throw new UserError("cli.error.version-not-applicable", s.id());
    }
    if (status != null && !s.id().equals(Catalog.EN303645)) {
      throw new UserError("cli.error.status-not-applicable", s.id());
    }
    RequirementLevel level = status == null ? null : level(status);
    if (guideline != null) {
      resolver.guideline(Integer.toString(guideline));
    }
    if (format == OutputFormat.OSCAL) {
      throw new UserError("cli.error.unsupported-format", format, "text, json, csv");
    }
    CatalogViews views = new CatalogViews(catalog, ctx.language());
    List<ListEntry> entries = switch (s.id()) {
      case Catalog.COP -> catalog.guidelines().stream()
          .filter(g -> guideline == null || g.number() == guideline)
          .map(views::entry).toList();
      case Catalog.EN303645 -> provisions(catalog, views, v, level).map(views::entry).toList();
      case Catalog.TS103701 -> catalog.testCases().stream()
          .filter(t -> guideline == null || inGuideline(views, t))
          .map(views::entry).toList();
      default -> catalog.items(s.id()).stream()
          .filter(i -> guideline == null || views.guidelines(i.ref()).contains(guideline)
              || views.provisionsOf(i.ref(), v).stream().anyMatch(p -> guidelinesOf(views, catalog, v, p).contains(guideline)))
          .map(views::entry).toList();
    };
    switch (format) {
      case JSON -> Json.print(ctx.out(), entries);
      case CSV -> csv(entries);
      default -> text(s, entries);
    }
    return ExitCodes.OK;
  }

  private Stream<Provision> provisions(Catalog catalog, CatalogViews views, String v, RequirementLevel level) {
    return catalog.provisions(v).stream()
        .filter(p -> level == null || p.status().level() == level)
        .filter(p -> guideline == null || views.guidelines(p.ref()).contains(guideline));
  }

  private boolean inGuideline(CatalogViews views, TestCase t) {
    return views.guidelines(t.provisionRef()).contains(guideline);
  }

  private static List<Integer> guidelinesOf(CatalogViews views, Catalog catalog, String v, String provision) {
    return catalog.provision(v, provision).map(p -> views.guidelines(p.ref())).orElse(List.of());
  }

  private static RequirementLevel level(String s) {
    try {
      return RequirementLevel.fromCode(s.trim());
    } catch (IllegalArgumentException e) {
      throw new UserError("cli.error.unknown-status", List.of("M", "R"), s);
    }
  }

  private void text(Standard s, List<ListEntry> entries) {
    TextTable table = switch (s.id()) {
      case Catalog.COP -> new TextTable(List.of(ctx.msg("cli.col.id"), ctx.msg("cli.col.prioritised"), ctx.msg("cli.col.title")));
      case Catalog.EN303645 -> new TextTable(List.of(ctx.msg("cli.col.id"), ctx.msg("cli.col.status"), ctx.msg("cli.col.guideline"),
          ctx.msg("cli.col.title")));
      case Catalog.TS103701 -> new TextTable(List.of(ctx.msg("cli.col.id"), ctx.msg("cli.col.kind"), ctx.msg("cli.col.provision"),
          ctx.msg("cli.col.title")));
      default -> new TextTable(List.of(ctx.msg("cli.col.id"), ctx.msg("cli.col.label"), ctx.msg("cli.col.title")));
    };
    for (ListEntry e : entries) {
      String title = e.shownTitle();
      switch (s.id()) {
        case Catalog.COP -> table.row(List.of(e.id(), Boolean.TRUE.equals(e.prioritised()) ? ctx.msg("cli.yes") : "", title));
        case Catalog.EN303645 -> table.row(List.of(e.id() + (Boolean.TRUE.equals(e.provisional()) ? "*" : ""), e.status(),
            e.guidelines().stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse(""), title));
        case Catalog.TS103701 -> table.row(List.of(e.id(), e.kind(), e.provision(), title));
        default -> table.row(List.of(e.id(), e.label() == null ? "" : e.label(), title));
      }
    }
    table.print(ctx.out());
    ctx.out().println();
    ctx.out().println(ctx.msg("cli.list.count", entries.size(), s.name()));
    if (entries.stream().anyMatch(e -> Boolean.TRUE.equals(e.provisional()))) {
      ctx.out().println(ctx.msg("cli.list.provisional-note"));
    }
  }

  private void csv(List<ListEntry> entries) {
    Csv.write(ctx.out(), List.of("id", "standard", "version", "status", "title", "clause", "provisional", "conditions", "guidelines",
        "provision", "kind", "label"), entries.stream().map(e -> new Object[] {e.id(), e.standard(), e.version(), nz(e.status()),
            e.title(), nz(e.clause()), e.provisional() == null ? "" : e.provisional().toString(),
            e.conditions() == null ? "" : String.join(";", e.conditions()),
            e.guidelines() == null ? "" : e.guidelines().stream().map(String::valueOf).reduce((a, b) -> a + ";" + b).orElse(""),
            nz(e.provision()), nz(e.kind()), nz(e.label())}).toList());
    ctx.out().flush();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
