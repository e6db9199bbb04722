package dev.iotcop.cli.catalog;

import dev.iotcop.catalog.Catalog;
import dev.iotcop.catalog.query.CatalogValidator;
import dev.iotcop.cli.CliContext;
import dev.iotcop.cli.ExitCodes;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "validate", description = "Check the integrity of the catalog data set; exit 1 when a problem is found.")
final class ValidateCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
  boolean help;

  ValidateCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    Catalog catalog = ctx.catalog();
    List<CatalogValidator.Problem> problems = CatalogValidator.validate(catalog);
    for (String v : catalog.en303645Versions()) {
      ctx.out().println(ctx.msg("cli.validate.provisions", v, catalog.provisions(v).size(),
          catalog.provisions(v).stream().filter(p -> p.isMandatory()).count(),
          catalog.provisions(v).stream().filter(p -> !p.isMandatory()).count(),
          catalog.provisions(v).stream().filter(p -> p.provisional()).count()));
    }
    ctx.out().println(ctx.msg("cli.validate.counts", catalog.guidelines().size(), catalog.testCases().size(),
        catalog.ixitSections().size(), catalog.standards().size(), catalog.relations().size()));
    if (problems.isEmpty()) {
      ctx.out().println(ctx.msg("cli.validate.ok"));
      return ExitCodes.OK;
    }
    problems.forEach(p -> ctx.out().println("  " + p));
    ctx.out().println(ctx.msg("cli.validate.problems", problems.size()));
    return ExitCodes.FAILED;
  }
}
