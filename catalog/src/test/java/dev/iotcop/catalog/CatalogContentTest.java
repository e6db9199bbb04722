package dev.iotcop.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.iotcop.catalog.query.CatalogValidator;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CatalogContentTest {
  static Catalog catalog;

  @BeforeAll
  static void load() {
    catalog = Catalog.load();
  }

  @Test
  void thirteenGuidelinesOfWhichTheFirstThreeArePrioritised() {
    assertThat(catalog.guidelines()).hasSize(13);
    assertThat(catalog.guidelines()).filteredOn(Guideline::prioritised).extracting(Guideline::number).containsExactly(1, 2, 3);
    assertThat(catalog.guideline(8).orElseThrow().stakeholders()).contains(Stakeholder.RETAILER);
  }

  @Test
  void en303645v211Has68ProvisionsWith33MandatoryAnd35Recommended() {
    List<Provision> v2 = catalog.provisions("2.1.1");
    assertThat(v2).hasSize(68);
    assertThat(v2).filteredOn(Provision::isMandatory).hasSize(33);
    assertThat(v2).filteredOn(p -> !p.isMandatory()).hasSize(35);
    assertThat(v2).extracting(Provision::id).contains("4-1", "5.1-1", "5.13-1", "6-5");
    assertThat(v2).filteredOn(p -> p.status().isConditional()).hasSize(23);
    assertThat(v2).noneMatch(Provision::provisional);
  }

  @Test
  void en303645v313LoadsWithItsProvisionalMarks() {
    List<Provision> v3 = catalog.provisions("3.1.3");
    assertThat(v3).hasSize(78);
    assertThat(v3).allMatch(Provision::provisional);
    assertThat(v3).filteredOn(Provision::isMandatory).hasSize(36);
    assertThat(catalog.provision("3.1.3", "5.1-5").orElseThrow().status().notation()).isEqualTo("M C(14) F(e)");
    assertThat(catalog.provision("3.1.3", "5.0-1")).isPresent();
    assertThat(catalog.provision("3.1.3", "4-1")).isEmpty();
  }

  @Test
  void ts103701Has109TestCasesEachLinkedToAnExistingProvision() {
    List<TestCase> tests = catalog.testCases();
    assertThat(tests).hasSize(109);
    Map<TestKind, Long> byKind = tests.stream().collect(Collectors.groupingBy(TestCase::kind, Collectors.counting()));
    assertThat(byKind).containsEntry(TestKind.CONCEPTUAL, 62L).containsEntry(TestKind.FUNCTIONAL, 46L).containsEntry(TestKind.BOTH, 1L);
    assertThat(tests).allSatisfy(t -> assertThat(catalog.exists(t.provisionRef())).as(t.id()).isTrue());
    assertThat(catalog.testCase("5.3-10-1").orElseThrow().kind()).isEqualTo(TestKind.BOTH);
    for (Provision p : catalog.provisions("2.1.1")) {
      assertThat(catalog.testCasesFor("2.1.1", p.id())).as("test cases of " + p.id()).isNotEmpty();
    }
  }

  @Test
  void twentyNineIxitSections() {
    assertThat(catalog.ixitSections()).hasSize(29);
    assertThat(catalog.ixitSections().getFirst().code()).isEqualTo("1-AuthMech");
    assertThat(catalog.ixitSections().getFirst().fields()).contains("Brute Force Prevention");
  }

  @Test
  void everyRelationEndpointExists() {
    assertThat(catalog.relations()).isNotEmpty();
    assertThat(catalog.relations()).allSatisfy(r -> {
      assertThat(catalog.exists(r.from())).as("from " + r.from()).isTrue();
      assertThat(catalog.exists(r.to())).as("to " + r.to()).isTrue();
    });
  }

  @Test
  void everyV211ProvisionButReportingMapsToItsGuideline() {
    for (Provision p : catalog.provisions("2.1.1")) {
      List<ItemRef> guidelines = catalog.relationsOf(p.ref()).stream().map(Relation::to).filter(t -> t.standard().equals("cop")).toList();
      if (p.id().equals("4-1")) {
        assertThat(guidelines).isEmpty();
      } else {
        assertThat(guidelines).as(p.id()).hasSize(1);
      }
    }
    assertThat(catalog.relationsOf(ItemRef.parse("en303645@2.1.1:6-1")).stream().map(r -> r.to().toString())).contains("cop:8");
  }

  @Test
  void shippedProvisionsAgreeWithTheReferenceData() throws IOException {
    try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader())
        .readValues(SharedData.file("data/standards/en303645-provisions.csv").toFile())) {
      int rows = 0;
      while (it.hasNext()) {
        Map<String, String> row = it.next();
        rows++;
        Provision p = catalog.provision(row.get("version"), row.get("provision")).orElseThrow();
        assertThat(p.status().notation()).as(p.ref().toString()).isEqualTo(row.get("status"));
        assertThat(p.clause()).isEqualTo(row.get("clause"));
        assertThat(String.join(";", p.status().allConditionIds())).isEqualTo(row.get("conditions"));
        String tests = catalog.testCasesFor(p.version(), p.id()).stream()
            .map(t -> t.id() + ":" + switch (t.kind()) {
              case CONCEPTUAL -> "conceptual";
              case FUNCTIONAL -> "functional";
              case BOTH -> "conceptual/functional";
            })
            .collect(Collectors.joining(";"));
        assertThat(tests).as("test cases of " + p.ref()).isEqualTo(row.get("ts103701_test_cases"));
      }
      assertThat(rows).isEqualTo(146);
    }
  }

  @Test
  void catalogValidatesWithoutProblems() {
    assertThat(CatalogValidator.validate(catalog)).isEmpty();
  }
}
