package dev.iotcop.net.check.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iotcop.catalog.Language;
import dev.iotcop.engine.check.Check;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The bundle of these checks: the same keys and arguments in every language, valid patterns, nothing stale. */
class CryptoMessagesTest {
  private static final Pattern ARG = Pattern.compile("\\{(\\d+)");
  private static final List<Check> CHECKS = List.of(new TlsConfigurationCheck(), new TlsCertificateCheck(),
      new SshAlgorithmsCheck(), new CleartextManagementCheck());

  private static Properties load(Language lang) throws IOException {
    String name = "/" + new CryptoMessages().baseName() + "_" + lang.code() + ".properties";
    try (InputStream in = CryptoMessagesTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    }
  }

  private static TreeSet<Integer> args(String text) {
    TreeSet<Integer> found = new TreeSet<>();
    Matcher m = ARG.matcher(text);
    while (m.find()) {
      found.add(Integer.parseInt(m.group(1)));
    }
    return found;
  }

  @Test
  void everyLanguageHasTheEnglishKeysWithTheSameArguments() throws IOException {
    Properties en = load(Language.EN);
    for (Language lang : Language.values()) {
      Properties p = load(lang);
      assertThat(p.stringPropertyNames()).as(lang.code()).isEqualTo(en.stringPropertyNames());
      for (String key : p.stringPropertyNames()) {
        String text = p.getProperty(key);
        new MessageFormat(text, lang.locale());
        assertThat(args(text)).as("%s in %s", key, lang.code()).isEqualTo(args(en.getProperty(key)));
        assertThat(text).as("%s in %s has an unescaped apostrophe", key, lang.code()).doesNotContainPattern("(?<!')'(?!')");
      }
    }
  }

  @Test
  void theBundleHoldsExactlyTheKeysTheChecksDeclare() throws IOException {
    List<String> declared = new ArrayList<>();
    for (Check c : CHECKS) {
      declared.addAll(c.descriptor().messageKeys());
      declared.add(c.descriptor().titleKey());
    }
    assertThat(load(Language.EN).stringPropertyNames()).containsExactlyInAnyOrderElementsOf(declared);
  }

  @Test
  void formattedMessagesShowTheirArguments() throws IOException {
    Properties fr = load(Language.FR);
    String text = new MessageFormat(fr.getProperty("check.net.tls.certificate.fail.expired"), Language.FR.locale())
        .format(new Object[] {"CN=cam", "2023-03-01"});
    assertThat(text).contains("CN=cam").contains("2023-03-01").doesNotContain("{");
  }
}
