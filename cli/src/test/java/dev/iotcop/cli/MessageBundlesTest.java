package dev.iotcop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iotcop.catalog.Language;
import dev.iotcop.catalog.i18n.Messages;
import dev.iotcop.catalog.i18n.TextBundle;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every message of every module on the command line's class path, in every language, well formed. */
class MessageBundlesTest {
  static final TextBundle ALL = Messages.discover(MessageBundlesTest.class.getClassLoader());
  static final Pattern ARG = Pattern.compile("\\{(\\d+)");

  @Test
  void everyKeyExistsInEveryLanguage() {
    List<String> missing = new ArrayList<>();
    for (Language lang : Language.values()) {
      ALL.missing(lang).forEach(k -> missing.add(lang.code() + " " + k));
      ALL.extra(lang).forEach(k -> missing.add(lang.code() + " has stale key " + k));
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyMessageIsAValidPatternUsingTheSameArgumentsAsEnglish() {
    for (Language lang : Language.values()) {
      for (String key : ALL.keys(lang)) {
        String text = ALL.find(key, lang).orElseThrow().text();
        new MessageFormat(text, lang.locale());
        assertThat(args(text)).as("%s in %s uses the English arguments", key, lang.code())
            .isEqualTo(args(ALL.find(key, Language.EN).orElseThrow().text()));
      }
    }
  }

  @Test
  void bundlesOfEveryModuleAreFound() {
    assertThat(ALL.keys(Language.EN)).anyMatch(k -> k.startsWith("cli."))
        .anyMatch(k -> k.startsWith("verdict."))
        .anyMatch(k -> k.startsWith("report."))
        .anyMatch(k -> k.startsWith("check.net."));
  }

  private static String args(String text) {
    Matcher m = ARG.matcher(text);
    List<Integer> found = new ArrayList<>();
    while (m.find()) {
      found.add(Integer.parseInt(m.group(1)));
    }
    return found.stream().distinct().sorted().map(String::valueOf).collect(Collectors.joining(","));
  }
}
