package dev.iotcop.catalog.i18n;

import dev.iotcop.catalog.Language;

/**
 * A text in the language it was found in. When the requested language had no entry, {@code language} is English and
 * {@code fallback} is true: callers show that visibly (see {@link #display()}), never silently.
 */
public record LocalizedText(String text, Language language, boolean fallback) {
  /** The text, prefixed with the language code in brackets when it is a fallback, e.g. {@code [en] Validate input}. */
  public String display() {
    return fallback ? "[" + language.code() + "] " + text : text;
  }
}
