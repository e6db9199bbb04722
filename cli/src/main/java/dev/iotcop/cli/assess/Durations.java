package dev.iotcop.cli.assess;

import dev.iotcop.cli.UserError;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses durations as people type them: {@code 500ms}, {@code 2s}, {@code 10m}, {@code 1h}; a bare number is seconds.
 * Zero is allowed; whether it makes sense is for the setting to decide.
 */
public final class Durations {
  private static final Pattern FORMAT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?");

  private Durations() {}

  public static Duration parse(String option, String text) {
    Matcher m = FORMAT.matcher(text.strip());
    if (!m.matches()) {
      throw new UserError("cli.assess.error.bad-duration", option, text);
    }
    double n = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    double millis = switch (unit) {
      case "ms" -> n;
      case "m" -> n * 60_000;
      case "h" -> n * 3_600_000;
      default -> n * 1000;
    };
    if (millis > 7 * 24 * 3_600_000.0 || (millis < 1 && n != 0)) {
      throw new UserError("cli.assess.error.bad-duration", option, text);
    }
    return Duration.ofMillis((long) millis);
  }
}
