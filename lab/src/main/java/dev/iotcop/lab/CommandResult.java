package dev.iotcop.lab;

import java.util.List;

/** What a finished host command printed (stdout and stderr together) and its exit code. */
public record CommandResult(List<String> command, int exitCode, String output) {

  public boolean succeeded() {
    return exitCode == 0;
  }

  /** The output, or a {@link LabException} naming the command and what it printed. */
  public String orThrow() {
    if (!succeeded()) {
      throw new LabException("command failed (exit " + exitCode + "): " + String.join(" ", command) + "\n" + output.strip());
    }
    return output;
  }
}
