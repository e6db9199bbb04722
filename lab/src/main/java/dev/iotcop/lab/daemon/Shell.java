package dev.iotcop.lab.daemon;

import java.util.List;
import java.util.stream.Collectors;

/** Quoting for the few shell lines the lab writes (the device's mount setup). */
public final class Shell {
  private Shell() {}

  public static String quote(Object word) {
    return "'" + word.toString().replace("'", "'\\''") + "'";
  }

  public static String command(List<?> words) {
    return words.stream().map(Shell::quote).collect(Collectors.joining(" "));
  }
}
