package dev.iotcop.cli.catalog;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "catalog",
    description = "Explore the Code of Practice, EN 303 645, TS 103 701 and the regimes and standards mapped to them.",
    subcommands = {
      ListCommand.class,
      ShowCommand.class,
      MapCommand.class,
      SearchCommand.class,
      ExportCommand.class,
      ImportDcmsCommand.class,
      ValidateCommand.class,
      IcsCommand.class
    })
public final class CatalogCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
  boolean help;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
