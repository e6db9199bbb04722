package dev.iotcop.cli.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.iotcop.catalog.Catalog;
import dev.iotcop.catalog.ItemRef;
import dev.iotcop.catalog.Relation;
import dev.iotcop.catalog.Standard;
import dev.iotcop.catalog.query.CatalogMapper;
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

@Command(name = "map", description = "Map an item to another standard, directly or through EN 303 645 provisions.")
final class MapCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
  boolean help;

  @Parameters(paramLabel = "ID", description = "The item to map (as for 'catalog show').")
  String id;

  @Option(names = "--to", paramLabel = "STANDARD", required = true, description = "The standard to map to (e.g. psti, cop, owasp-iot-2018).")
  String to;

  @Option(names = {"-s", "--standard"}, paramLabel = "ID", description = "Look the id up in this standard.")
  String standard;

  @Option(names = "--version", paramLabel = "V", description = "EN 303 645 version: 2.1.1 (default) or 3.1.3.")
  String version;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", description = "text or json.")
  OutputFormat format;

  MapCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record MappingView(String to, String title, String type, boolean direct, List<String> via, String basis, String source, boolean provisional) {}

  record MapResult(String from, String toStandard, List<MappingView> mappings) {}

  @Override
  public Integer call() {
    if (format != OutputFormat.TEXT && format != OutputFormat.JSON) {
      throw new UserError("cli.error.unsupported-format", format, "text, json");
    }
    Catalog catalog = ctx.catalog();
    CatalogResolver resolver = new CatalogResolver(catalog);
    String v = resolver.version(version);
    ItemRef from = resolver.resolve(id, standard, v);
    Standard target = resolver.standard(to);
    List<MappingView> views = new CatalogMapper(catalog).map(from, target.id()).stream()
        .filter(m -> !target.id().equals(Catalog.EN303645) || m.target().version().equals(v))
        .map(m -> {
          Relation last = m.path().getLast();
          List<String> via = m.path().size() > 1 ? List.of(m.path().getFirst().to().toString()) : List.of();
          boolean provisional = m.path().stream().anyMatch(Relation::provisional);
          String type = m.direct() ? last.type().code() : "related";
          return new MappingView(m.target().toString(), catalog.title(m.target(), ctx.language()).display(), type, m.direct(), via,
              last.basis().code(), last.source(), provisional);
        })
        .toList();
    if (format == OutputFormat.JSON) {
      Json.print(ctx.out(), new MapResult(from.toString(), target.id(), views));
      return ExitCodes.OK;
    }
    if (views.isEmpty()) {
      ctx.out().println(ctx.msg("cli.map.none", from, target.id()));
      return ExitCodes.OK;
    }
    TextTable table = new TextTable(List.of(ctx.msg("cli.col.item"), ctx.msg("cli.col.relation"), ctx.msg("cli.col.via"),
        ctx.msg("cli.col.title")));
    for (MappingView m : views) {
      table.row(List.of(m.to() + (m.provisional() ? "*" : ""), m.type(), String.join(", ", m.via()), m.title()));
    }
    table.print(ctx.out());
    if (views.stream().anyMatch(MappingView::provisional)) {
      ctx.out().println(ctx.msg("cli.map.provisional-note"));
    }
    return ExitCodes.OK;
  }
}
