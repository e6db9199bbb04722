package dev.iotcop.net.check.disclosure;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds precise version numbers in free text: at least two dotted numbers, never an IPv4 address. */
final class VersionText {
  private static final Pattern VERSION =
      Pattern.compile("(?<![\\w.])[vV]?(\\d{1,6}(?:\\.\\d{1,6})+)([a-z0-9]{0,8}(?:[-+~_][a-z0-9]{1,12})?)");
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");
  private static final Pattern MAC = Pattern.compile(
      "(?i)(?<![0-9a-f])(?:[0-9a-f]{2}([:-])[0-9a-f]{2}(?:\\1[0-9a-f]{2}){4}|[0-9a-f]{12})(?![0-9a-f])");

  private VersionText() {}

  /** The first precise version in the text, such as {@code 4.2.1} or {@code 1.4.69}. */
  static Optional<String> precise(String text) {
    Matcher m = VERSION.matcher(text.length() > 2048 ? text.substring(0, 2048) : text);
    while (m.find()) {
      if (!IPV4.matcher(m.group(1)).matches()) {
        return Optional.of(m.group(1) + m.group(2));
      }
    }
    return Optional.empty();
  }

  /** Whether the value is a MAC address: with colons, with dashes, or twelve hex digits mixing letters and digits. */
  static boolean isMac(String value) {
    String v = value.strip();
    if (!MAC.matcher(v).matches()) {
      return false;
    }
    return v.length() != 12 || (v.chars().anyMatch(Character::isLetter) && v.chars().anyMatch(Character::isDigit));
  }
}
