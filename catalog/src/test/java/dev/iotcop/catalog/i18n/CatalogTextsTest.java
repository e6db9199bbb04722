package dev.iotcop.catalog.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iotcop.catalog.Catalog;
import dev.iotcop.catalog.ItemRef;
import dev.iotcop.catalog.Language;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogTextsTest {
  private final Catalog catalog = Catalog.load();

  @Test
  void everyItemHasTitleAndSummaryInEveryLanguage() {
    List<String> missing = new ArrayList<>();
    for (ItemRef ref : catalog.textualItems()) {
      for (Language lang : Language.values()) {
        for (String field : List.of(".title", ".summary")) {
          var text = catalog.texts().find(ref.textKey() + field, lang);
          if (text.isEmpty() || text.get().fallback() || text.get().text().isBlank()) {
            missing.add(lang.code() + " " + ref.textKey() + field);
          }
        }
      }
    }
    assertThat(missing).as("texts missing or falling back to English").isEmpty();
  }

  @Test
  void noLanguageHasKeysEnglishDoesNot() {
    for (Language lang : Language.values()) {
      assertThat(catalog.texts().extra(lang)).as(lang.code()).isEmpty();
    }
  }

  @Test
  void everyTextKeyBelongsToAnItem() {
    List<String> known = new ArrayList<>();
    catalog.textualItems().forEach(r -> {
      known.add(r.textKey() + ".title");
      known.add(r.textKey() + ".summary");
    });
    assertThat(catalog.texts().keys(Language.EN)).as("keys with no catalog item").isSubsetOf(known);
  }

  @Test
  void translationsAreNotCopiesOfTheEnglish() {
    for (Language lang : Language.values()) {
      if (lang == Language.EN) {
        continue;
      }
      long same = catalog.textualItems().stream()
          .map(r -> r.textKey() + ".summary")
          .filter(k -> catalog.texts().find(k, lang).map(t -> t.text()).orElse("")
              .equals(catalog.texts().find(k, Language.EN).map(t -> t.text()).orElse("?")))
          .count();
      assertThat(same).as("summaries in " + lang.code() + " identical to English").isZero();
    }
  }

  @Test
  void missingTranslationFallsBackToEnglishVisibly() {
    TextBundle bundle = catalog.texts();
    LocalizedText unknown = bundle.get("no/such.key", Language.FR);
    assertThat(unknown.fallback()).isTrue();
    assertThat(unknown.display()).startsWith("[en] ");
  }
}
