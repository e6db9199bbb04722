package dev.iotcop.catalog.i18n;

import dev.iotcop.catalog.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keyed texts in every {@link Language}, read from UTF-8 properties files {@code <base>_<lang>.properties}. English is the
 * reference: a key missing in another language falls back to English, flagged as such.
 */
public final class TextBundle {
  private final String name;
  private final List<Source> sources;
  private final Map<Language, Map<String, String>> loaded = new ConcurrentHashMap<>();

  /** Where one bundle's files are: a base name and the class loader that has them. */
  private record Source(String base, ClassLoader loader) {}

  private TextBundle(String name, List<Source> sources) {
    this.name = name;
    this.sources = List.copyOf(sources);
  }

  /**
   * A bundle of {@code base_<lang>.properties} files on the class path. Languages are read on first use, so a run in
   * one language reads only that language and English; a missing file is an empty language.
   */
  public static TextBundle load(String base, ClassLoader loader) {
    TextBundle b = new TextBundle(base, List.of(new Source(base, loader)));
    if (b.texts(Language.EN).isEmpty()) {
      throw new IllegalStateException("no English texts found for " + base);
    }
    return b;
  }

  /** Combines bundles; a key defined twice with different texts is a data error, reported when its language is read. */
  public static TextBundle merge(String name, List<TextBundle> bundles) {
    List<Source> all = new ArrayList<>();
    bundles.forEach(b -> all.addAll(b.sources));
    return new TextBundle(name, all);
  }

  private Map<String, String> texts(Language lang) {
    return loaded.computeIfAbsent(lang, this::read);
  }

  private Map<String, String> read(Language lang) {
    Map<String, String> all = new LinkedHashMap<>();
    for (Source source : sources) {
      String resource = source.base() + "_" + lang.code() + ".properties";
      try (InputStream in = source.loader().getResourceAsStream(resource)) {
        if (in == null) {
          continue;
        }
        Properties p = new Properties();
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String k : p.stringPropertyNames()) {
          String previous = all.putIfAbsent(k, p.getProperty(k));
          if (previous != null && !previous.equals(p.getProperty(k))) {
            throw new IllegalStateException("text key " + k + " defined twice (" + lang.code() + ")");
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    }
    return Map.copyOf(all);
  }

  public String name() {
    return name;
  }

  public boolean has(String key) {
    return texts(Language.EN).containsKey(key);
  }

  public Optional<LocalizedText> find(String key, Language lang) {
    String t = texts(lang).get(key);
    if (t != null) {
      return Optional.of(new LocalizedText(t, lang, false));
    }
    String en = texts(Language.EN).get(key);
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
    return new TreeSet<>(texts(lang).keySet());
  }

  /** Keys present in English but missing in {@code lang}. */
  public Set<String> missing(Language lang) {
    Set<String> missing = new TreeSet<>(texts(Language.EN).keySet());
    missing.removeAll(texts(lang).keySet());
    return missing;
  }

  /** Keys present in {@code lang} but not in English (typos or stale entries). */
  public Set<String> extra(Language lang) {
    Set<String> extra = new TreeSet<>(texts(lang).keySet());
    extra.removeAll(texts(Language.EN).keySet());
    return extra;
  }
}
