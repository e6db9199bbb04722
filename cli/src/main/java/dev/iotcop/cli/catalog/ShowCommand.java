package dev.iotcop.cli.catalog;

import dev.iotcop.catalog.Catalog;
import dev.iotcop.catalog.ItemRef;
import dev.iotcop.catalog.view.CatalogViews;
import dev.iotcop.catalog.view.ConditionView;
import dev.iotcop.catalog.view.ItemDetail;
import dev.iotcop.catalog.view.RelationView;
import dev.iotcop.cli.CliContext;
import dev.iotcop.cli.ExitCodes;
import dev.iotcop.cli.UserError;
import dev.iotcop.cli.output.Json;
import dev.iotcop.cli.output.OutputFormat;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = "Show one item: status, conditions, summary, test cases, guidelines and relations.")
final class ShowCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
  boolean help;

  @Parameters(paramLabel = "ID", description = "A provision (5.1-1), guideline number (1), test case (5.1-1-2) or reference (psti:sch1-para1).")
  String id;

  @Option(names = {"-s", "--standard"}, paramLabel = "ID", description = "Look the id up in this standard.")
  String standard;

  @Option(names = "--version", paramLabel = "V", description = "EN 303 645 version: 2.1.1 (default) or 3.1.3.")
  String version;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", description = "text or json.")
  OutputFormat format;

  ShowCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    if (format != OutputFormat.TEXT && format != OutputFormat.JSON) {
      throw new UserError("cli.error.unsupported-format", format, "text, json");
    }
    Catalog catalog = ctx.catalog();
    CatalogResolver resolver = new CatalogResolver(catalog);
    String v = resolver.version(version);
    ItemRef ref = resolver.resolve(id, standard, v);
    CatalogViews views = new CatalogViews(catalog, ctx.language());
    ItemDetail detail = switch (ref.standard()) {
      case Catalog.COP -> views.detail(catalog.guideline(Integer.parseInt(ref.id())).orElseThrow(), v);
      case Catalog.EN303645 -> views.detail(catalog.provision(ref.version(), ref.id()).orElseThrow());
      case Catalog.TS103701 -> views.detail(catalog.testCase(ref.id()).orElseThrow());
      default -> views.detail(catalog.item(ref.standard(), ref.id()).orElseThrow(), v);
    };
    if (format == OutputFormat.JSON) {
      Json.print(ctx.out(), detail);
    } else {
      text(catalog, detail, v);
    }
    return ExitCodes.OK;
  }

  private void text(Catalog catalog, ItemDetail d, String v) {
    PrintWriter out = ctx.out();
    String name = catalog.standard(d.standard()).map(s -> s.name()).orElse(d.standard());
    out.println(d.id() + "  " + (d.fallback() ? "[" + d.language() + "] " : "") + d.title());
    out.println("  " + name + (d.version().isEmpty() ? "" : " V" + d.version()));
    if (d.status() != null) {
      out.println("  " + ctx.msg("cli.show.status") + ": " + d.status() + (d.provisional() ? "  " + ctx.msg("cli.show.provisional") : ""));
    }
    if (!d.evidence().isBlank()) {
      out.println("  " + ctx.msg("cli.show.sourcing") + ": " + d.evidence());
    }
    for (ConditionView c : d.conditions()) {
      out.println("  " + ctx.msg("cli.show.condition-" + c.kind()) + " " + c.id() + ": " + c.title());
    }
    out.println();
    out.println(wrap(d.summary(), 96, "  "));
    out.println();
    if (!d.guidelines().isEmpty()) {
      out.println("  " + ctx.msg("cli.show.guidelines") + ": " + d.guidelines().stream()
          .map(g -> g + " " + catalog.title(ItemRef.of(Catalog.COP, g.toString()), ctx.language()).display()).reduce((a, b) -> a + "; " + b).orElse(""));
    }
    if (!d.provisions().isEmpty()) {
      out.println("  " + ctx.msg("cli.show.provisions", v) + ": " + String.join(", ", d.provisions()));
    }
    if (!d.testCases().isEmpty() && !d.standard().equals(Catalog.TS103701)) {
      out.println("  " + ctx.msg("cli.show.test-cases") + ":");
      for (String t : d.testCases()) {
        var tc = catalog.testCase(t).orElseThrow();
        out.println("    " + t + "  (" + tc.kind().name().toLowerCase(java.util.Locale.ROOT) + ")  "
            + catalog.title(tc.ref(), ctx.language()).display());
      }
    } else if (d.standard().equals(Catalog.EN303645) && d.testCases().isEmpty()) {
      out.println("  " + ctx.msg("cli.show.no-test-cases", d.version()));
    }
    List<RelationView> others = d.relations().stream().filter(r -> !r.standard().equals(Catalog.COP)).toList();
    if (!others.isEmpty()) {
      out.println("  " + ctx.msg("cli.show.relations") + ":");
      for (RelationView r : others) {
        out.println("    " + r.type() + "  " + r.to() + "  " + r.title() + "  [" + r.basis() + (r.provisional() ? ", " + ctx.msg("cli.show.provisional") : "")
            + "; " + r.source() + "]");
      }
    }
    out.flush();
  }

  static String wrap(String text, int width, String indent) {
    StringBuilder out = new StringBuilder(indent);
    int col = 0;
    for (String word : text.split(" ")) {
      if (col > 0 && col + word.length() + 1 > width) {
        out.append('\n').append(indent);
        col = 0;
      } else if (col > 0) {
        out.append(' ');
        col++;
      }
      out.append(word);
      col += word.length();
    }
    return out.toString();
  }
}
