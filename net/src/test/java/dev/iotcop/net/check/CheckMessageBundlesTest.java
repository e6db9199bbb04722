package dev.iotcop.net.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The message bundles of the discovery, surface and disclosure checks: every language has every English key, every
 * text is valid MessageFormat, and uses the same arguments as the English text, so no translation drops or invents a
 * value.
 */
class CheckMessageBundlesTest {
  private static final List<String> LANGUAGES = List.of("en", "fr", "de", "es", "ko", "ja", "zh");
  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

  private static Properties load(String base, String lang) throws IOException {
    try (InputStream in = CheckMessageBundlesTest.class.getClassLoader().getResourceAsStream(base + "_" + lang + ".properties")) {
      assertThat(in).as("%s_%s.properties", base, lang).isNotNull();
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    }
  }

  private static Set<String> arguments(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev/iotcop/net/discovery/messages", "dev/iotcop/net/surface/messages",
      "dev/iotcop/net/disclosure/messages"})
  void everyLanguageHasEveryKeyWithTheSameArguments(String base) throws IOException {
    Properties english = load(base, "en");
    assertThat(english).isNotEmpty();
    for (String lang : LANGUAGES) {
      Properties texts = load(base, lang);
      assertThat(texts.stringPropertyNames()).as("keys in %s", lang).isEqualTo(english.stringPropertyNames());
      for (String key : english.stringPropertyNames()) {
        String text = texts.getProperty(key);
        assertThat(text).as("%s in %s", key, lang).isNotBlank();
        MessageFormat format = new MessageFormat(text, Locale.forLanguageTag(lang));
        assertThat(format.format(new Object[] {"a", "b", "c", "d", "e"})).doesNotContain("{");
        assertThat(arguments(text)).as("arguments of %s in %s", key, lang).isEqualTo(arguments(english.getProperty(key)));
        if (!lang.equals("en")) {
          assertThat(text).as("%s is translated into %s", key, lang).isNotEqualTo(english.getProperty(key));
        }
      }
    }
  }
}
