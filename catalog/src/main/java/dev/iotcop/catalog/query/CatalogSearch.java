package dev.iotcop.catalog.query;

import dev.iotcop.catalog.Catalog;
import dev.iotcop.catalog.ItemRef;
import dev.iotcop.catalog.Language;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Full-text search over the ids, titles and summaries of every catalog item, in the chosen language and in English.
 * Every word of the query must occur (case and accents ignored); title hits rank above summary hits.
 */
public final class CatalogSearch {
  private final Catalog catalog;

  public CatalogSearch(Catalog catalog) {
    this.catalog = catalog;
  }

  public record Hit(ItemRef ref, int score) {}

  public List<Hit> search(String query, Language lang, int limit) {
    List<String> words = words(query);
    if (words.isEmpty()) {
      return List.of();
    }
    List<Hit> hits = new ArrayList<>();
    for (ItemRef ref : catalog.textualItems()) {
      String id = fold(ref.id() + " " + ref);
      String title = fold(text(ref, ".title", lang) + " " + text(ref, ".title", Language.EN));
      String summary = fold(text(ref, ".summary", lang) + " " + text(ref, ".summary", Language.EN));
      int score = 0;
      boolean all = true;
      for (String w : words) {
        int s = (id.contains(w) ? 5 : 0) + (title.contains(w) ? 3 : 0) + (summary.contains(w) ? 1 : 0);
        if (s == 0) {
          all = false;
          break;
        }
        score += s;
      }
      if (all) {
        hits.add(new Hit(ref, score));
      }
    }
    hits.sort(Comparator.comparingInt(Hit::score).reversed().thenComparing(Hit::ref));
    return hits.size() > limit ? hits.subList(0, limit) : hits;
  }

  private String text(ItemRef ref, String field, Language lang) {
    return catalog.texts().find(ref.textKey() + field, lang).map(t -> t.text()).orElse("");
  }

  private static List<String> words(String query) {
    List<String> out = new ArrayList<>();
    for (String w : fold(query).split("[\\s,;]+")) {
      if (!w.isBlank()) {
        out.add(w);
      }
    }
    return out;
  }

  /** Lower case without accents, so "securite" finds "sécurité". CJK text is left as it is. */
  static String fold(String s) {
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
  }
}
