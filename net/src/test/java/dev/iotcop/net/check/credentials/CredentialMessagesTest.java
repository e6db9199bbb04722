package dev.iotcop.net.check.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every language of the credential messages has the same keys, uses the same arguments, and formats cleanly. */
class CredentialMessagesTest {
  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");

  private static Properties bundle(String lang) throws IOException {
    try (InputStream in = CredentialMessagesTest.class.getResourceAsStream(
        "/" + new CredentialMessages().baseName() + "_" + lang + ".properties")) {
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    }
  }

  private static Set<String> arguments(String text) {
    Set<String> out = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "de", "es", "ko", "ja", "zh"})
  void translationsMatchEnglish(String lang) throws IOException {
    Properties en = bundle("en");
    Properties other = bundle(lang);
    assertThat(other.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    for (String key : en.stringPropertyNames()) {
      String text = other.getProperty(key);
      assertThat(arguments(text)).as("%s in %s", key, lang).isEqualTo(arguments(en.getProperty(key)));
      assertThat(text).as("%s in %s is translated", key, lang).isNotEqualTo(en.getProperty(key));
      assertThat(text).as("no bare apostrophe for MessageFormat").doesNotContain("'");
      String formatted = new MessageFormat(text, Locale.forLanguageTag(lang)).format(new Object[] {"A0", "A1", "A2"});
      arguments(text).forEach(n -> assertThat(formatted).contains("A" + n));
    }
  }
}
