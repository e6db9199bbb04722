package dev.iotcop.cli.assess;

import dev.iotcop.engine.check.ProgressSink;
import java.io.PrintWriter;

/**
 * Draws progress on one line of a terminal (carriage return, no scrolling), at most a few times a second; notes are
 * printed on their own lines. Silent when the output is not a terminal.
 */
final class TerminalProgress implements ProgressSink {
  private final PrintWriter err;
  private final boolean enabled;
  private final String prefix;
  private long lastDraw;
  private int lastWidth;

  TerminalProgress(PrintWriter err, boolean enabled, String prefix) {
    this.err = err;
    this.enabled = enabled;
    this.prefix = prefix;
  }

  @Override
  public synchronized void step(String what, long done, long total) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (done < total && now - lastDraw < 150_000_000L) {
      return;
    }
    lastDraw = now;
    String line = prefix + " " + what + " " + done + (total > 0 ? "/" + total + " (" + (100 * done / total) + "%)" : "");
    draw(line);
  }

  @Override
  public synchronized void note(String text) {
    if (!enabled) {
      return;
    }
    clear();
    err.println(prefix + " " + text);
    err.flush();
  }

  synchronized void clear() {
    if (enabled && lastWidth > 0) {
      err.print("\r" + " ".repeat(lastWidth) + "\r");
      err.flush();
      lastWidth = 0;
    }
  }

  private void draw(String line) {
    String padded = line.length() < lastWidth ? line + " ".repeat(lastWidth - line.length()) : line;
    err.print("\r" + padded);
    err.flush();
    lastWidth = line.length();
  }
}
