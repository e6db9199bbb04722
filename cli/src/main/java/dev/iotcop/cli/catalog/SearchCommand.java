package dev.iotcop.cli.catalog;

import dev.iotcop.catalog.Catalog;
import dev.iotcop.catalog.query.CatalogSearch;
import dev.iotcop.cli.CliContext;
import dev.iotcop.cli.ExitCodes;
import dev.iotcop.cli.UserError;
import dev.iotcop.cli.output.Json;
import dev.iotcop.cli.output.OutputFormat;
import dev.iotcop.cli.output.TextTable;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", description = "Search ids, titles and summaries in the chosen language and in English.")
final class SearchCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
  boolean help;

  @Parameters(paramLabel = "TEXT", arity = "1..*", description = "Words that must all occur.")
  List<String> words;

  @Option(names = "--limit", defaultValue = "25", description = "Most hits to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", description = "text or json.")
  OutputFormat format;

  SearchCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  record HitView(String ref, String standard, String id, String title, int score) {}

  @Override
  public Integer call() {
    if (format != OutputFormat.TEXT && format != OutputFormat.JSON) {
      throw new UserError("cli.error.unsupported-format", format, "text, json");
    }
    if (limit < 1) {
      throw new UserError("cli.error.bad-limit", limit);
    }
    Catalog catalog = ctx.catalog();
    List<HitView> hits = new CatalogSearch(catalog).search(String.join(" ", words), ctx.language(), limit).stream()
        .map(h -> new HitView(h.ref().toString(), h.ref().standard(), h.ref().id(), catalog.title(h.ref(), ctx.language()).display(), h.score()))
        .toList();
    if (format == OutputFormat.JSON) {
      Json.print(ctx.out(), hits);
      return ExitCodes.OK;
    }
    if (hits.isEmpty()) {
      ctx.out().println(ctx.msg("cli.search.none", String.join(" ", words)));
      return ExitCodes.OK;
    }
    TextTable table = new TextTable(List.of(ctx.msg("cli.col.item"), ctx.msg("cli.col.title")));
    hits.forEach(h -> table.row(List.of(h.ref(), h.title())));
    table.print(ctx.out());
    return ExitCodes.OK;
  }
}
