package dev.iotcop.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages the Code of Practice was translated into, and so the languages iotcop speaks. */
public enum Language {
  EN("en", "English"),
  FR("fr", "Français"),
  DE("de", "Deutsch"),
  ES("es", "Español"),
  KO("ko", "한국어"),
  JA("ja", "日本語"),
  ZH("zh", "中文");

  private final String code;
  private final String nativeName;

  Language(String code, String nativeName) {
    this.code = code;
    this.nativeName = nativeName;
  }

  public String code() {
    return code;
  }

  public String nativeName() {
    return nativeName;
  }

  public Locale locale() {
    return Locale.forLanguageTag(code);
  }

  public static Optional<Language> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String normalised = code.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    String primary = normalised.contains("-") ? normalised.substring(0, normalised.indexOf('-')) : normalised;
    return Arrays.stream(values()).filter(l -> l.code.equals(primary)).findFirst();
  }

  /** Picks the language from a POSIX locale value such as {@code de_DE.UTF-8}, else English. */
  public static Language fromEnvironment(String posixLocale) {
    if (posixLocale == null || posixLocale.isBlank() || posixLocale.equals("C") || posixLocale.startsWith("C.") || posixLocale.equals("POSIX")) {
      return EN;
    }
    return fromCode(posixLocale.split("[.@]")[0]).orElse(EN);
  }

  public static List<String> codes() {
    return Arrays.stream(values()).map(Language::code).toList();
  }
}
