package dev.iotcop.catalog.ics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.iotcop.catalog.Catalog;
import dev.iotcop.catalog.Condition;
import dev.iotcop.catalog.SharedData;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IcsStructureTest {
  private static final Catalog CATALOG = Catalog.load();

  @Test
  void v211HasOneRowPerProvisionInDocumentOrderWithItsTestCases() {
    IcsStructure ics = IcsStructure.of(CATALOG, "2.1.1");
    assertThat(ics.rows()).hasSize(68);
    assertThat(ics.rows().getFirst().provision()).isEqualTo("4-1");
    assertThat(ics.rows().get(1).provision()).isEqualTo("5.1-1");
    assertThat(ics.rows().getLast().provision()).isEqualTo("6-5");
    assertThat(ics.rows()).allSatisfy(r -> assertThat(r.testCases()).as(r.provision()).isNotEmpty());
    assertThat(ics.rows().stream().mapToInt(r -> r.testCases().size()).sum()).isEqualTo(109);
    assertThat(ics.ixitSections()).hasSize(29);
    assertThat(ics.conditions()).hasSize(13);
  }

  @Test
  void onlyConditionalRowsAdmitNotApplicableAndThenTheDetailMustSayWhy() {
    for (String version : CATALOG.en303645Versions()) {
      for (IcsRow r : IcsStructure.of(CATALOG, version).rows()) {
        boolean conditional = !r.conditions().isEmpty();
        assertThat(r.allows(IcsSupport.Y)).isTrue();
        assertThat(r.allows(IcsSupport.N)).isTrue();
        assertThat(r.allows(IcsSupport.NOT_APPLICABLE)).as(version + " " + r.provision()).isEqualTo(conditional);
        assertThat(r.detailRequiredFor().contains(IcsSupport.NOT_APPLICABLE)).isEqualTo(conditional);
        assertThat(r.detailRequiredFor().contains(IcsSupport.N)).as(version + " " + r.provision())
            .isEqualTo(r.status().startsWith("R"));
      }
    }
  }

  @Test
  void everyConditionARowNamesIsInTheConditionTableOfItsVersion() {
    for (String version : CATALOG.en303645Versions()) {
      IcsStructure ics = IcsStructure.of(CATALOG, version);
      Set<String> known = ics.conditions().stream().map(Condition::id).collect(Collectors.toSet());
      assertThat(ics.rows()).allSatisfy(r -> assertThat(known).as(version + " " + r.provision()).containsAll(r.conditions()));
    }
  }

  @Test
  void v313RowsCarryTheirProvisionalMarksAndNoTs103701Material() {
    IcsStructure ics = IcsStructure.of(CATALOG, "3.1.3");
    assertThat(ics.rows()).hasSize(78).allMatch(IcsRow::provisional).allMatch(r -> r.testCases().isEmpty());
    assertThat(ics.rows().getFirst().provision()).isEqualTo("5.0-1");
    assertThat(ics.ixitSections()).isEmpty();
  }

  @Test
  void rowsAgreeWithTheReferenceTable() throws IOException {
    Map<String, IcsRow> rows = CATALOG.en303645Versions().stream()
        .flatMap(v -> IcsStructure.of(CATALOG, v).rows().stream().map(r -> Map.entry(v + "/" + r.provision(), r)))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    CsvMapper mapper = new CsvMapper();
    int compared = 0;
    try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader())
        .readValues(SharedData.file("data/standards/en303645-provisions.csv").toFile())) {
      while (it.hasNext()) {
        Map<String, String> ref = it.next();
        IcsRow r = rows.get(ref.get("version") + "/" + ref.get("provision"));
        assertThat(r).as(ref.toString()).isNotNull();
        assertThat(r.clause()).isEqualTo(ref.get("clause"));
        assertThat(r.status().replace(" ", "")).as(r.provision()).isEqualTo(ref.get("status").replace(" ", ""));
        List<String> tests = ref.get("ts103701_test_cases").isBlank() ? List.of()
            : Arrays.stream(ref.get("ts103701_test_cases").split(";")).map(t -> t.substring(0, t.indexOf(':'))).toList();
        assertThat(r.testCases()).as(r.provision()).containsExactlyInAnyOrderElementsOf(tests);
        compared++;
      }
    }
    assertThat(compared).isEqualTo(rows.size()).isEqualTo(146);
  }

  @Test
  void anUnknownVersionIsRefused() {
    assertThatThrownBy(() -> IcsStructure.of(CATALOG, "9.9.9")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("9.9.9");
  }

  @Test
  void supportCodesParseAsTheProFormaWritesThem() {
    assertThat(IcsSupport.fromCode("n/a")).contains(IcsSupport.NOT_APPLICABLE);
    assertThat(IcsSupport.fromCode(" Y ")).contains(IcsSupport.Y);
    assertThat(IcsSupport.fromCode("yes")).isEmpty();
  }
}
