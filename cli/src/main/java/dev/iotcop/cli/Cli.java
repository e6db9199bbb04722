package dev.iotcop.cli;

import dev.iotcop.catalog.Language;
import dev.iotcop.catalog.i18n.Messages;
import dev.iotcop.catalog.i18n.TextBundle;
import dev.iotcop.catalog.query.CloseMatches;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * Runs one iotcop invocation in-process: {@link #run(String...)} returns the exit code, so every command is testable
 * without a JVM per test. User errors print one line and exit 2; internal errors exit 3.
 */
public final class Cli {
  private final CliContext context;

  public Cli(PrintWriter out, PrintWriter err, Map<String, String> env, Path workingDirectory, boolean interactive) {
    TextBundle texts = Messages.discover(Cli.class.getClassLoader());
    Language lang = Language.fromCode(env.getOrDefault("IOTCOP_LANG", "en")).orElse(Language.EN);
    this.context = new CliContext(out, err, env, workingDirectory, texts, lang, interactive);
  }

  public CliContext context() {
    return context;
  }

  public int run(String... args) {
    try {
      applyLanguage(args);
      CommandLine cmd = commandLine();
      return cmd.execute(args);
    } catch (UserError e) {
      return report(e);
    } finally {
      context.out().flush();
      context.err().flush();
    }
  }

  CommandLine commandLine() {
    CommandLine cmd = new CommandLine(new IotcopCommand(), new ContextFactory(context));
    cmd.setOut(context.out());
    cmd.setErr(context.err());
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setParameterExceptionHandler(this::parameterError);
    cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> executionError(e));
    return cmd;
  }

  /** Reads {@code --lang} ahead of parsing; an unknown language is a user error naming the bad value. */
  private void applyLanguage(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String value = null;
      if (args[i].equals("--lang") && i + 1 < args.length) {
        value = args[i + 1];
      } else if (args[i].startsWith("--lang=")) {
        value = args[i].substring("--lang=".length());
      }
      if (value != null) {
        String v = value;
        context.language(Language.fromCode(v).orElseThrow(() ->
            new UserError("cli.error.unknown-language", CloseMatches.of(v, Language.codes(), 3), v, String.join(", ", Language.codes()))));
      }
    }
  }

  private int parameterError(CommandLine.ParameterException e, String[] args) {
    PrintWriter err = context.err();
    err.println("iotcop: " + e.getMessage());
    if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
      err.println(context.msg("cli.error.did-you-mean", String.join(", ", u.getSuggestions())));
    }
    err.println(context.msg("cli.error.try-help", e.getCommandLine().getCommandSpec().qualifiedName()));
    return ExitCodes.USAGE;
  }

  private int executionError(Exception e) {
    if (e instanceof UserError u) {
      return report(u);
    }
    if (e instanceof CouldNotRun c) {
      context.err().println("iotcop: " + context.msg(c.key(), c.args()));
      return ExitCodes.COULD_NOT_RUN;
    }
    context.err().println("iotcop: " + context.msg("cli.error.internal", e.getClass().getSimpleName() + ": " + e.getMessage()));
    if (context.env().containsKey("IOTCOP_DEBUG")) {
      e.printStackTrace(context.err());
    }
    return ExitCodes.COULD_NOT_RUN;
  }

  private int report(UserError e) {
    String line = "iotcop: " + context.msg(e.key(), e.args());
    List<String> close = e.suggestions();
    if (!close.isEmpty()) {
      line += " " + context.msg("cli.error.close-matches", String.join(", ", close));
    }
    context.err().println(line);
    return ExitCodes.USAGE;
  }

  /** Builds commands with a constructor taking the {@link CliContext} when they have one. */
  private record ContextFactory(CliContext context) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      for (Constructor<?> c : cls.getDeclaredConstructors()) {
        if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == CliContext.class) {
          c.setAccessible(true);
          return cls.cast(c.newInstance(context));
        }
      }
      return CommandLine.defaultFactory().create(cls);
    }
  }
}
