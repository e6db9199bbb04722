package dev.iotcop.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iotcop.catalog.i18n.LocalizedText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The regulations, schemes and guidance documents that map onto EN 303 645 and the Code of Practice. */
class RegimesDataTest {
  private static final Map<String, Integer> EXPECTED_ITEM_COUNTS = Map.ofEntries(
      Map.entry("psti", 11),
      Map.entry("au-cop", 13),
      Map.entry("ca-sb327", 5),
      Map.entry("ioxt", 8),
      Map.entry("nistir8259a", 6),
      Map.entry("owasp-iot-2018", 10),
      Map.entry("traficom", 8),
      Map.entry("sg-cls", 4),
      Map.entry("ts103458", 1),
      Map.entry("ts103532", 1));
  private static final Set<String> REGIMES = EXPECTED_ITEM_COUNTS.keySet();
  private static final List<String> PSTI_REQUIREMENTS = List.of("sch1-para1", "sch1-para2", "sch1-para3");

  private static Catalog catalog;

  @BeforeAll
  static void load() {
    catalog = Catalog.load();
  }

  @Test
  void everyRegimeIsDeclaredWithItsItems() {
    for (var expected : EXPECTED_ITEM_COUNTS.entrySet()) {
      assertThat(catalog.standard(expected.getKey())).as(expected.getKey()).isPresent();
      assertThat(catalog.items(expected.getKey())).as(expected.getKey()).hasSize(expected.getValue());
    }
  }

  @Test
  void itemCountsMatchTheDocuments() {
    assertThat(ids("psti", "sch1-")).isEqualTo(PSTI_REQUIREMENTS);
    assertThat(ids("psti", "sch4-")).hasSize(6);
    assertThat(ids("owasp-iot-2018", "I")).containsExactly("I1", "I2", "I3", "I4", "I5", "I6", "I7", "I8", "I9", "I10");
    assertThat(ids("au-cop", "")).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13");
    assertThat(ids("sg-cls", "level-")).containsExactly("level-1", "level-2", "level-3", "level-4");
    assertThat(catalog.items("nistir8259a")).extracting(ReferenceItem::label).containsExactly(
        "Device Identification", "Device Configuration", "Data Protection", "Logical Access to Interfaces",
        "Software Update", "Cybersecurity State Awareness");
  }

  @Test
  void abeSpecificationsAreReferencedDocuments() {
    assertThat(catalog.standard("ts103458").orElseThrow().kind()).isEqualTo(StandardKind.REFERENCED_DOCUMENT);
    assertThat(catalog.standard("ts103532").orElseThrow().kind()).isEqualTo(StandardKind.REFERENCED_DOCUMENT);
  }

  @Test
  void everyEndpointOfOurRelationsExists() {
    List<Relation> ours = regimeRelations();
    assertThat(ours).hasSizeGreaterThan(150);
    List<String> missing = new ArrayList<>();
    for (Relation r : ours) {
      if (!catalog.exists(r.from())) {
        missing.add(r.from().toString());
      }
      if (!catalog.exists(r.to())) {
        missing.add(r.to().toString());
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyRegimeTakesPartInRelations() {
    Set<String> related = regimeRelations().stream()
        .flatMap(r -> Stream.of(r.from().standard(), r.to().standard()))
        .collect(Collectors.toSet());
    assertThat(related).containsAll(REGIMES);
  }

  @Test
  void noRelationIsListedTwice() {
    Set<String> seen = new HashSet<>();
    List<String> duplicates = new ArrayList<>();
    for (Relation r : regimeRelations()) {
      if (!seen.add(r.from() + " " + r.type() + " " + r.to())) {
        duplicates.add(r.from() + " -> " + r.to());
      }
    }
    assertThat(duplicates).isEmpty();
  }

  @Test
  void pstiPasswordRequirementIsDeemedMetByExactlyTwoV211Provisions() {
    List<Relation> toV211 = catalog.relationsOf(ItemRef.of("psti", "sch1-para1")).stream()
        .filter(r -> r.to().standard().equals(Catalog.EN303645) && r.to().version().equals("2.1.1"))
        .toList();
    assertThat(toV211).extracting(r -> r.to().id()).containsExactlyInAnyOrder("5.1-1", "5.1-2");
    assertThat(toV211).allSatisfy(r -> {
      assertThat(r.basis()).isEqualTo(RelationBasis.DEEMED_COMPLIANCE);
      assertThat(r.provisional()).isFalse();
    });
  }

  @Test
  void pstiVulnerabilityReportingNamesItsIsoAlternative() {
    List<Relation> toV211 = catalog.relationsOf(ItemRef.of("psti", "sch1-para2")).stream()
        .filter(r -> r.to().standard().equals(Catalog.EN303645) && r.to().version().equals("2.1.1"))
        .toList();
    assertThat(toV211).singleElement().satisfies(r -> {
      assertThat(r.to().id()).isEqualTo("5.2-1");
      assertThat(r.basis()).isEqualTo(RelationBasis.DEEMED_COMPLIANCE);
      assertThat(r.source()).contains("ISO/IEC 29147");
    });
  }

  @Test
  void pstiLinksToOtherEditionsAreProvisionalBecauseTheLawNamesV211Only() {
    List<Relation> otherEditions = PSTI_REQUIREMENTS.stream()
        .flatMap(id -> catalog.relationsOf(ItemRef.of("psti", id)).stream())
        .filter(r -> r.to().standard().equals(Catalog.EN303645) && !r.to().version().equals("2.1.1"))
        .toList();
    assertThat(otherEditions).isNotEmpty().allSatisfy(r -> {
      assertThat(r.provisional()).isTrue();
      assertThat(r.basis()).isNotEqualTo(RelationBasis.DEEMED_COMPLIANCE);
    });
  }

  @Test
  void ourOwnAnalysisIsAlwaysProvisional() {
    assertThat(regimeRelations())
        .filteredOn(r -> r.basis() == RelationBasis.ANALYSIS)
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.provisional()).as(r.from() + " -> " + r.to()).isTrue());
  }

  @Test
  void everyRelationNamesItsSource() {
    assertThat(regimeRelations()).allSatisfy(r -> assertThat(r.source()).as(r.from() + " -> " + r.to()).isNotBlank());
  }

  @Test
  void singaporeLevelsEachBuildOnTheOneBelow() {
    for (int level = 2; level <= 4; level++) {
      ItemRef upper = ItemRef.of("sg-cls", "level-" + level);
      ItemRef lower = ItemRef.of("sg-cls", "level-" + (level - 1));
      assertThat(catalog.relationsOf(upper))
          .anySatisfy(r -> {
            assertThat(r.to()).isEqualTo(lower);
            assertThat(r.type()).isEqualTo(RelationType.SUPERSET);
          });
    }
  }

  @Test
  void everyItemHasTitleAndSummaryInEveryLanguage() {
    List<String> gaps = new ArrayList<>();
    for (ItemRef ref : regimeItems()) {
      for (Language lang : Language.values()) {
        for (String part : List.of(".title", ".summary")) {
          Optional<LocalizedText> text = catalog.texts().find(ref.textKey() + part, lang);
          if (text.isEmpty() || text.get().fallback() || text.get().text().isBlank()) {
            gaps.add(ref.textKey() + part + " [" + lang.code() + "]");
          }
        }
      }
    }
    assertThat(gaps).isEmpty();
  }

  @Test
  void englishTitlesAreShortAndSummariesAreSentences() {
    for (ItemRef ref : regimeItems()) {
      String title = catalog.title(ref, Language.EN).text();
      assertThat(title.split("\\s+")).as(ref.textKey()).hasSizeBetween(3, 9);
      String summary = catalog.summary(ref, Language.EN).text();
      assertThat(summary).as(ref.textKey()).endsWith(".");
      assertThat(summary.split("(?<=\\.)\\s+(?=[A-Z])")).as(ref.textKey()).hasSizeBetween(1, 2);
    }
  }

  @Test
  void noRegimeTextLacksAnItem() {
    Set<String> expected = regimeItems().stream()
        .flatMap(ref -> Stream.of(ref.textKey() + ".title", ref.textKey() + ".summary"))
        .collect(Collectors.toSet());
    for (Language lang : Language.values()) {
      Set<String> regimeKeys = catalog.texts().keys(lang).stream()
          .filter(k -> REGIMES.contains(k.substring(0, Math.max(0, k.indexOf('/')))))
          .collect(Collectors.toSet());
      assertThat(regimeKeys).as(lang.code()).isEqualTo(expected);
    }
  }

  private static List<String> ids(String standard, String prefix) {
    return catalog.items(standard).stream().map(ReferenceItem::id).filter(id -> id.startsWith(prefix)).toList();
  }

  private static List<ItemRef> regimeItems() {
    return REGIMES.stream().flatMap(s -> catalog.items(s).stream()).map(ReferenceItem::ref).toList();
  }

  private static List<Relation> regimeRelations() {
    return catalog.relations().stream()
        .filter(r -> REGIMES.contains(r.from().standard()) || REGIMES.contains(r.to().standard()))
        .toList();
  }
}
