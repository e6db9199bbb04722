package dev.iotcop.catalog.i18n;

import dev.iotcop.catalog.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keyed texts in every {@link Language}, read from UTF-8 properties files {@code <base>_<lang>.properties}. English is the
 * reference: a key missing in another language falls back to English, flagged as such.
 */
public final class TextBundle {
  private final String name;
  private final Map<Language, Map<String, String>> texts;

  private TextBundle(String name, Map<Language, Map<String, String>> texts) {
    this.name = name;
    this.texts = texts;
  }

  /** Loads {@code base_<lang>.properties} for every language from the class path; a missing file is an empty language. */
  public static TextBundle load(String base, ClassLoader loader) {
    Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);
    for (Language lang : Language.values()) {
      String resource = base + "_" + lang.code() + ".properties";
      Map<String, String> entries = new LinkedHashMap<>();
      try (InputStream in = loader.getResourceAsStream(resource)) {
        if (in != null) {
          Properties p = new Properties();
          p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
          p.stringPropertyNames().forEach(k -> entries.put(k, p.getProperty(k)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
      texts.put(lang, Map.copyOf(entries));
    }
    if (texts.get(Language.EN).isEmpty()) {
      throw new IllegalStateException("no English texts found for " + base);
    }
    return new TextBundle(base, texts);
  }

  /** Combines bundles; later bundles never override earlier keys (a duplicate key is a data error). */
  public static TextBundle merge(String name, List<TextBundle> bundles) {
    Map<Language, Map<String, String>> merged = new EnumMap<>(Language.class);
    for (Language lang : Language.values()) {
      Map<String, String> all = new LinkedHashMap<>();
      for (TextBundle b : bundles) {
        for (var e : b.texts.get(lang).entrySet()) {
          String previous = all.putIfAbsent(e.getKey(), e.getValue());
          if (previous != null && !previous.equals(e.getValue())) {
            throw new IllegalStateException("text key " + e.getKey() + " defined twice (" + lang.code() + ")");
          }
        }
      }
      merged.put(lang, Map.copyOf(all));
    }
    return new TextBundle(name, merged);
  }

  public String name() {
    return name;
  }

  public boolean has(String key) {
    return texts.get(Language.EN).containsKey(key);
  }

  public Optional<LocalizedText> find(String key, Language lang) {
    String t = texts.get(lang).get(key);
    if (t != null) {
      return Optional.of(new LocalizedText(t, lang, false));
    }
    String en = texts.get(Language.EN).get(key);
    return en == null ? Optional.empty() : Optional.of(new LocalizedText(en, Language.EN, lang != Language.EN));
  }

  /** The text for {@code key}; an unknown key yields the key itself in angle brackets so the gap is visible. */
  public LocalizedText get(String key, Language lang) {
    return find(key, lang).orElseGet(() -> new LocalizedText("<" + key + ">", Language.EN, true));
  }

  /** Formats the text with {@link MessageFormat} in the language's locale. */
  public LocalizedText format(String key, Language lang, Object... args) {
    LocalizedText raw = get(key, lang);
    if (args.length == 0) {
      return raw;
    }
    String formatted = new MessageFormat(raw.text(), raw.language().locale()).format(args);
    return new LocalizedText(formatted, raw.language(), raw.fallback());
  }

  public Set<String> keys(Language lang) {
    return new TreeSet<>(texts.get(lang).keySet());
  }

  /** Keys present in English but missing in {@code lang}. */
  public Set<String> missing(Language lang) {
    Set<String> missing = new TreeSet<>(texts.get(Language.EN).keySet());
    missing.removeAll(texts.get(lang).keySet());
    return missing;
  }

  /** Keys present in {@code lang} but not in English (typos or stale entries). */
  public Set<String> extra(Language lang) {
    Set<String> extra = new TreeSet<>(texts.get(lang).keySet());
    extra.removeAll(texts.get(Language.EN).keySet());
    return extra;
  }
}
