package dev.iotcop.catalog.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iotcop.catalog.Catalog;
import dev.iotcop.catalog.ItemRef;
import dev.iotcop.catalog.Language;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class QueriesTest {
  private final Catalog catalog = Catalog.load();

  @Test
  void closeMatchesFindTyposAndTranspositions() {
    assertThat(CloseMatches.of("cpo", List.of("cop", "en303645", "psti"), 3)).containsExactly("cop");
    assertThat(CloseMatches.of("5.1-9", List.of("5.1-1", "5.1-2", "5.2-1", "6-1"), 3)).containsExactly("5.1-1", "5.1-2");
    assertThat(CloseMatches.of("en30364", List.of("en303645", "ts103701"), 3)).containsExactly("en303645");
    assertThat(CloseMatches.of("xx", List.of("en", "fr", "de"), 3)).isEmpty();
  }

  @Property
  void distanceIsASymmetricMetricBoundedByLength(@ForAll @StringLength(max = 12) String a, @ForAll @StringLength(max = 12) String b) {
    int d = CloseMatches.distance(a, b);
    assertThat(d).isEqualTo(CloseMatches.distance(b, a));
    assertThat(d).isBetween(Math.abs(a.length() - b.length()), Math.max(a.length(), b.length()));
    assertThat(CloseMatches.distance(a, a)).isZero();
  }

  @Test
  void searchFindsProvisionsByWordsInTitleOrSummary() {
    List<CatalogSearch.Hit> hits = new CatalogSearch(catalog).search("password", Language.EN, 50);
    assertThat(hits).extracting(h -> h.ref().toString()).contains("en303645@2.1.1:5.1-1", "cop:1");
    assertThat(new CatalogSearch(catalog).search("zzzzqqq", Language.EN, 10)).isEmpty();
    assertThat(new CatalogSearch(catalog).search("   ", Language.EN, 10)).isEmpty();
  }

  @Test
  void searchMatchesIdsAndIgnoresAccents() {
    assertThat(new CatalogSearch(catalog).search("5.1-1-2", Language.EN, 5).getFirst().ref()).isEqualTo(ItemRef.of("ts103701", "5.1-1-2"));
    assertThat(CatalogSearch.fold("Sécurité")).isEqualTo("securite");
  }

  @Test
  void mapperFollowsDirectRelationsThenGoesThroughProvisions() {
    CatalogMapper mapper = new CatalogMapper(catalog);
    List<CatalogMapper.Mapping> direct = mapper.map(ItemRef.of("cop", "1"), "en303645");
    assertThat(direct).allMatch(CatalogMapper.Mapping::direct);
    assertThat(direct).extracting(m -> m.target().toString()).contains("en303645@2.1.1:5.1-1", "en303645@3.1.3:5.1-1");
    List<CatalogMapper.Mapping> back = mapper.map(ItemRef.parse("en303645@2.1.1:5.5-1"), "cop");
    assertThat(back).extracting(m -> m.target().toString()).containsExactly("cop:5");
  }
}
