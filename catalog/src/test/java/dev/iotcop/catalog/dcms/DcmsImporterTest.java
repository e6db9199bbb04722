package dev.iotcop.catalog.dcms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iotcop.catalog.Catalog;
import dev.iotcop.catalog.SharedData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DcmsImporterTest {
  static Catalog catalog;
  static DcmsMapping mapping;

  @BeforeAll
  static void importSharedFile() throws Exception {
    catalog = Catalog.load();
    try (InputStream in = Files.newInputStream(SharedData.file("data/mapping/dcms-cop-mapping-v4.json"))) {
      mapping = new DcmsImporter(catalog, CanonicalNames.load()).read(in, "dcms-cop-mapping-v4.json");
    }
  }

  @Test
  void importsAllRecordsWithThePublishedPerGuidelineCounts() {
    assertThat(mapping.version()).isEqualTo("4.0");
    assertThat(mapping.records()).hasSize(1155);
    assertThat(mapping.perGuideline().values()).containsExactly(95, 69, 153, 94, 190, 180, 75, 110, 46, 58, 34, 25, 26);
  }

  @Test
  void organisationNamesAreCanonical() {
    List<String> names = mapping.organisations().stream().map(DcmsMapping.NameCount::name).toList();
    assertThat(names).doesNotHaveDuplicates();
    Map<String, List<String>> byFolded = names.stream().collect(Collectors.groupingBy(n -> n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "")));
    assertThat(byFolded.values()).allSatisfy(group -> assertThat(group).hasSize(1));
    assertThat(names).allSatisfy(n -> assertThat(n).isEqualTo(n.strip()).doesNotContain("  ").doesNotContain("\n"));
    assertThat(names).contains("National Institute of Standards and Technology (NIST)", "World Wide Web Consortium (W3C)")
        .doesNotContain("US National Institute of Standards and Technology (NIST)", "W3C", "Symantec ");
    assertThat(mapping.filter(r -> r.organisation().startsWith("National Institute of Standards"))).hasSize(35);
  }

  @Test
  void documentNamesAreCanonical() {
    List<String> docs = mapping.documents().stream().map(DcmsMapping.NameCount::name).toList();
    assertThat(docs).filteredOn(d -> d.contains("NISTIR 8259A")).hasSize(1);
    assertThat(docs).filteredOn(d -> d.contains("Web of Things (WoT) Security Best Practices")).hasSize(1);
    assertThat(docs).filteredOn(d -> d.contains("13 steps")).hasSize(1);
    assertThat(mapping.filter(r -> r.document().contains("NISTIR 8259A"))).hasSize(7);
  }

  @Test
  void en303645RecordsNameTheirProvisions() {
    List<DcmsRecord> en = mapping.filter(r -> r.document().startsWith("ETSI EN 303 645"));
    assertThat(en).hasSize(67);
    assertThat(en.stream().flatMap(r -> r.en303645Provisions().stream()).distinct()).hasSize(63);
    DcmsRecord range = en.stream().filter(r -> r.section().startsWith("Provisions 5.3-3")).findFirst().orElseThrow();
    assertThat(range.en303645Provisions()).hasSize(10).startsWith("5.3-3").endsWith("5.3-12");
    for (DcmsRecord r : en) {
      for (String p : r.en303645Provisions()) {
        assertThat(catalog.relationsOf(catalog.provision("2.1.1", p).orElseThrow().ref()))
            .as("catalog maps %s to guideline %d as DCMS does", p, r.guideline())
            .anyMatch(rel -> rel.to().toString().equals("cop:" + r.guideline()));
      }
    }
  }

  @Test
  void organisationLookupAcceptsPartsOfNames() {
    assertThat(mapping.organisationsMatching("etsi")).containsExactly("European Telecommunications Standards Institute (ETSI)");
    assertThat(mapping.organisationsMatching("no such body")).isEmpty();
  }

  @Test
  void rejectsFilesThatAreNotTheMapping() {
    DcmsImporter importer = new DcmsImporter(catalog, CanonicalNames.load());
    assertThatThrownBy(() -> read(importer, "{\"a\":1}")).isInstanceOf(DcmsFormatException.class).hasMessageContaining("array");
    assertThatThrownBy(() -> read(importer, "[{\"Version\":\"4.0\"}]")).isInstanceOf(DcmsFormatException.class).hasMessageContaining("no mapping records");
    assertThatThrownBy(() -> read(importer, "[{\"DCMS Code of Practice Guidelines Number\":\"14\",\"Organisation\":\"x\","
        + "\"Standard / Recommendation Name\":\"y\",\"Recommendation Number / Section\":\"z\"}]"))
        .isInstanceOf(DcmsFormatException.class).hasMessageContaining("guideline 14");
    assertThatThrownBy(() -> read(importer, "[{\"Organisation\":\"x\"}]")).isInstanceOf(DcmsFormatException.class).hasMessageContaining("record 0");
    assertThatThrownBy(() -> read(importer, "not json")).isInstanceOf(DcmsFormatException.class).hasMessageContaining("not valid JSON");
  }

  @Property(tries = 300)
  void arbitraryInputYieldsAMappingOrAFormatError(@ForAll String text) throws IOException {
    DcmsImporter importer = new DcmsImporter(catalog, CanonicalNames.load());
    try {
      DcmsMapping m = read(importer, text);
      assertThat(m.records()).isNotEmpty();
    } catch (DcmsFormatException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  private static DcmsMapping read(DcmsImporter importer, String text) throws DcmsFormatException, IOException {
    return importer.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.json");
  }
}
