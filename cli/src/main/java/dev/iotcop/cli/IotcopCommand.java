package dev.iotcop.cli;

import dev.iotcop.cli.assess.AssessCommand;
import dev.iotcop.cli.catalog.CatalogCommand;
import dev.iotcop.cli.demo.DemoCommand;
import dev.iotcop.cli.lab.LabCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "iotcop",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Executable UK Code of Practice for Consumer IoT Security and ETSI EN 303 645.",
    subcommands = {DemoCommand.class, AssessCommand.class, CatalogCommand.class, LabCommand.class},
    usageHelpAutoWidth = true)
public final class IotcopCommand implements Runnable {
  @Spec
  CommandSpec spec;

  /** Parsed before picocli runs (see {@link Cli}) so that even parse errors speak the chosen language. */
  @Option(names = "--lang", paramLabel = "LANG", scope = ScopeType.INHERIT,
      description = "Language of output: en, fr, de, es, ko, ja, zh (default: en, or IOTCOP_LANG).")
  String lang;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
