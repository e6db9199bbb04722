package dev.iotcop.cli;

import dev.iotcop.catalog.Catalog;
import dev.iotcop.catalog.Language;
import dev.iotcop.catalog.i18n.Messages;
import dev.iotcop.catalog.i18n.TextBundle;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * What every command needs from its surroundings: where to write, the environment, the language and its messages, and
 * the catalog (loaded on first use, once per invocation).
 */
public final class CliContext {
  private final PrintWriter out;
  private final PrintWriter err;
  private final Map<String, String> env;
  private final Path workingDirectory;
  private final TextBundle messageTexts;
  private final boolean interactive;
  private Language language;
  private Catalog catalog;
  private volatile boolean quickExit;

  public CliContext(PrintWriter out, PrintWriter err, Map<String, String> env, Path workingDirectory, TextBundle messageTexts,
      Language language, boolean interactive) {
    this.out = out;
    this.err = err;
    this.env = Map.copyOf(env);
    this.workingDirectory = workingDirectory;
    this.messageTexts = messageTexts;
    this.language = language;
    this.interactive = interactive;
  }

  public PrintWriter out() {
    return out;
  }

  public PrintWriter err() {
    return err;
  }

  public Map<String, String> env() {
    return env;
  }

  public Path workingDirectory() {
    return workingDirectory;
  }

  /** Resolves a path the user typed against the working directory of the invocation. */
  public Path resolve(String path) {
    return workingDirectory.resolve(path);
  }

  /**
   * Called by a command that leaves nothing for the JVM's shutdown to do (no shutdown hooks, files closed), so the
   * process may end without it; see {@link QuickExit}.
   */
  public void allowQuickExit() {
    quickExit = true;
  }

  public boolean quickExitAllowed() {
    return quickExit;
  }

  /** Whether stderr is a terminal a person watches, so progress may be drawn. */
  public boolean interactive() {
    return interactive;
  }

  public Language language() {
    return language;
  }

  void language(Language language) {
    this.language = language;
  }

  public Messages messages() {
    return Messages.of(messageTexts, language);
  }

  public String msg(String key, Object... args) {
    return messages().get(key, args);
  }

  /** Thread-safe, so a command may start loading it in the background and wait for it later. */
  public synchronized Catalog catalog() {
    if (catalog == null) {
      catalog = Catalog.load();
    }
    return catalog;
  }
}
