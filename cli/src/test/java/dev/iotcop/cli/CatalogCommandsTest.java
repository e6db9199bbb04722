package dev.iotcop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogCommandsTest {
  static final ObjectMapper JSON = new ObjectMapper();

  static JsonNode json(CliRun r) throws Exception {
    assertThat(r.exit()).as(r.err()).isZero();
    return JSON.readTree(r.out());
  }

  @Test
  void listJsonContractForEachStandard() throws Exception {
    JsonNode cop = json(CliRun.of("catalog", "list", "--standard", "cop", "--format", "json"));
    assertThat(cop).hasSize(13);
    assertThat(cop.get(0).path("id").asText()).isEqualTo("1");
    assertThat(cop.get(0).path("standard").asText()).isEqualTo("cop");
    assertThat(cop.get(0).has("version")).isTrue();
    assertThat(cop.get(0).path("title").asText()).isNotBlank();

    JsonNode v2 = json(CliRun.of("catalog", "list", "--standard", "en303645", "--format", "json"));
    assertThat(v2).hasSize(68);
    assertThat(v2.get(1).path("id").asText()).isEqualTo("5.1-1");
    assertThat(v2.get(1).path("version").asText()).isEqualTo("2.1.1");
    assertThat(v2.get(1).path("status").asText()).isEqualTo("M C(1)");

    JsonNode v3m = json(CliRun.of("catalog", "list", "--version", "3.1.3", "--status", "M", "--format", "json"));
    assertThat(v3m).hasSize(36).allSatisfy(e -> assertThat(e.path("provisional").asBoolean()).isTrue());

    JsonNode tests = json(CliRun.of("catalog", "list", "--standard", "ts103701", "--format", "json"));
    assertThat(tests).hasSize(109);
    assertThat(tests.get(0).path("version").asText()).isEqualTo("1.1.1");
  }

  @Test
  void listFiltersByGuideline() throws Exception {
    JsonNode g1 = json(CliRun.of("catalog", "list", "--guideline", "1", "--format", "json"));
    assertThat(g1).extracting(n -> n.path("id").asText()).containsExactly("5.1-1", "5.1-2", "5.1-3", "5.1-4", "5.1-5");
    JsonNode t1 = json(CliRun.of("catalog", "list", "--standard", "ts103701", "-g", "1", "--format", "json"));
    assertThat(t1).hasSize(10);
  }

  @Test
  void listCsvHasAHeaderAndARowPerItem() {
    CliRun r = CliRun.of("catalog", "list", "--format", "csv");
    assertThat(r.exit()).isZero();
    assertThat(r.out().lines()).hasSize(69).first().asString().startsWith("id,standard,version,status,title");
  }

  @Test
  void icsJsonIsABlankTemplateWithTheAnswersEachRowAdmits() throws Exception {
    JsonNode t = json(CliRun.of("catalog", "ics", "--format", "json"));
    assertThat(t.path("version").asText()).isEqualTo("2.1.1");
    assertThat(t.path("kind").asText()).isEqualTo("ics-template");
    assertThat(t.path("ics")).hasSize(68);
    JsonNode conditional = t.path("ics").get(1);
    assertThat(conditional.path("provision").asText()).isEqualTo("5.1-1");
    assertThat(conditional.path("allowedSupport")).extracting(JsonNode::asText).containsExactly("Y", "N", "N/A");
    assertThat(conditional.path("conditions")).extracting(JsonNode::asText).containsExactly("1");
    assertThat(conditional.path("support").isNull()).isTrue();
    assertThat(conditional.path("detail").asText()).isEmpty();
    JsonNode recommendation = t.path("ics").findParents("provision").stream()
        .filter(r -> r.path("provision").asText().equals("5.6-5")).findFirst().orElseThrow();
    assertThat(recommendation.path("allowedSupport")).extracting(JsonNode::asText).containsExactly("Y", "N");
    assertThat(recommendation.path("detailRequiredFor")).extracting(JsonNode::asText).containsExactly("N");
    assertThat(t.path("conditions")).hasSize(13).allSatisfy(c -> assertThat(c.path("meaning").asText()).isNotBlank());
    assertThat(t.path("ixit")).hasSize(29);
    assertThat(t.path("ixit").get(0).path("section").asText()).isEqualTo("1-AuthMech");
    assertThat(t.path("ixit").get(0).path("fields").has("Brute Force Prevention")).isTrue();
  }

  @Test
  void icsForV3HasItsProvisionalRowsAndNoIxit() throws Exception {
    JsonNode t = json(CliRun.of("catalog", "ics", "--version", "3.1.3", "--format", "json"));
    assertThat(t.path("ics")).hasSize(78).allSatisfy(r -> assertThat(r.path("provisional").asBoolean()).isTrue());
    assertThat(t.path("ixit")).isEmpty();
    CliRun text = CliRun.of("catalog", "ics", "--version", "3.1.3");
    assertThat(text.exit()).isZero();
    assertThat(text.out()).contains("5.0-1*").contains("78 rows, 0 IXIT sections");
  }

  @Test
  void icsCsvHasEmptySupportAndDetailColumnsToFillIn() {
    CliRun r = CliRun.of("catalog", "ics", "--format", "csv");
    assertThat(r.exit()).isZero();
    assertThat(r.out().lines()).hasSize(69).first().asString()
        .isEqualTo("provision,clause,status,provisional,conditions,allowed_support,detail_required_for,test_cases,title,support,detail");
    assertThat(r.out().lines().skip(1)).allSatisfy(l -> assertThat(l).endsWith(",,"));
  }

  @Test
  void icsRefusesAnUnknownVersionAndAFormatItCannotWrite() {
    CliRun v = CliRun.of("catalog", "ics", "--version", "2.2.1");
    assertThat(v.exit()).isEqualTo(2);
    assertThat(v.err()).contains("2.2.1").contains("2.1.1");
    CliRun f = CliRun.of("catalog", "ics", "--format", "oscal");
    assertThat(f.exit()).isEqualTo(2);
  }

  @Test
  void showJsonContract() throws Exception {
    JsonNode d = json(CliRun.of("catalog", "show", "5.3-6", "--format", "json"));
    assertThat(d.path("id").asText()).isEqualTo("5.3-6");
    assertThat(d.path("status").asText()).isEqualTo("R C(9,12)");
    assertThat(d.path("conditions")).extracting(c -> c.path("id").asText()).containsExactly("9", "12");
    assertThat(d.path("title").asText()).isNotBlank();
    assertThat(d.path("summary").asText()).isNotBlank();
    assertThat(d.path("testCases")).extracting(JsonNode::asText).containsExactly("5.3-6-1", "5.3-6-2");
    assertThat(d.path("guidelines")).extracting(JsonNode::asInt).containsExactly(3);
    assertThat(d.path("relations").isArray()).isTrue();
  }

  @Test
  void showResolvesGuidelinesTestCasesAndReferences() throws Exception {
    assertThat(json(CliRun.of("catalog", "show", "1", "--format", "json")).path("provisions")).hasSize(5);
    assertThat(json(CliRun.of("catalog", "show", "5.1-1-2", "--format", "json")).path("kind").asText()).isEqualTo("test-case-functional");
    JsonNode psti = json(CliRun.of("catalog", "show", "psti:sch1-para1", "--format", "json"));
    assertThat(psti.path("provisions")).extracting(JsonNode::asText).containsExactly("5.1-1", "5.1-2");
    JsonNode v3 = json(CliRun.of("catalog", "show", "5.13-1A", "--version", "3.1.3", "--format", "json"));
    assertThat(v3.path("provisional").asBoolean()).isTrue();
    assertThat(v3.path("testCases")).isEmpty();
  }

  @Test
  void showTextInAnotherLanguage() {
    CliRun fr = CliRun.of("catalog", "show", "5.1-1", "--lang", "fr");
    assertThat(fr.exit()).isZero();
    CliRun en = CliRun.of("catalog", "show", "5.1-1");
    assertThat(fr.out()).isNotEqualTo(en.out());
    assertThat(fr.out()).doesNotContain("[en]");
  }

  @Test
  void userErrorsAreOneLineWithCloseMatchesAndExitTwo() {
    CliRun unknown = CliRun.of("catalog", "show", "5.1-9");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err().strip().lines()).hasSize(1);
    assertThat(unknown.err()).contains("5.1-9").contains("5.1-1");
    assertThat(unknown.err()).doesNotContain("Exception").doesNotContain("\tat ");

    CliRun standard = CliRun.of("catalog", "list", "--standard", "cpo");
    assertThat(standard.exit()).isEqualTo(2);
    assertThat(standard.err()).contains("'cpo'").contains("cop");

    CliRun version = CliRun.of("catalog", "list", "--version", "2.2.1");
    assertThat(version.exit()).isEqualTo(2);
    assertThat(version.err()).contains("2.2.1").contains("2.1.1");

    CliRun lang = CliRun.of("catalog", "list", "--lang", "kr");
    assertThat(lang.exit()).isEqualTo(2);
    assertThat(lang.err()).contains("'kr'").contains("ko");

    CliRun subcommand = CliRun.of("catalog", "lst");
    assertThat(subcommand.exit()).isEqualTo(2);
    assertThat(subcommand.err()).contains("list");
  }

  @Test
  void searchAndMap() throws Exception {
    JsonNode hits = json(CliRun.of("catalog", "search", "password", "--format", "json"));
    assertThat(hits).extracting(h -> h.path("ref").asText()).contains("en303645@2.1.1:5.1-1");
    JsonNode map = json(CliRun.of("catalog", "map", "psti:sch1-para1", "--to", "cop", "--format", "json"));
    assertThat(map.path("mappings")).extracting(m -> m.path("to").asText()).contains("cop:1");
    JsonNode toPsti = json(CliRun.of("catalog", "map", "5.1-1", "--to", "psti", "--format", "json"));
    assertThat(toPsti.path("mappings")).extracting(m -> m.path("to").asText()).containsExactly("psti:sch1-para1");
  }

  @Test
  void importDcmsJsonContract() throws Exception {
    String file = Path.of(System.getProperty("iotcop.shared"), "data/mapping/dcms-cop-mapping-v4.json").toString();
    JsonNode all = json(CliRun.of("catalog", "import-dcms", file, "--format", "json"));
    assertThat(all.path("records").asInt()).isEqualTo(1155);
    assertThat(all.path("perGuideline").path("1").asInt()).isEqualTo(95);
    assertThat(all.path("perGuideline").path("13").asInt()).isEqualTo(26);
    JsonNode etsi = json(CliRun.of("catalog", "import-dcms", file, "--organisation", "ETSI", "--guideline", "1", "--format", "json"));
    assertThat(etsi.path("matching").asInt()).isPositive();
    assertThat(etsi.path("matches")).allSatisfy(m -> assertThat(m.path("guideline").asInt()).isEqualTo(1));
    CliRun missing = CliRun.of("catalog", "import-dcms", "no-such-file.json");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("no-such-file.json");
  }

  @Test
  void exportOscalToFileValidates(@TempDir Path dir) throws Exception {
    CliRun r = CliRun.in(dir, Map.of(), "catalog", "export", "--format", "oscal", "--out", "catalog.json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode doc = JSON.readTree(Files.readString(dir.resolve("catalog.json")));
    var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
        .getSchema(Files.newInputStream(Path.of(System.getProperty("iotcop.shared"), "schemas/oscal/1.1.3/oscal_catalog_schema.json")));
    assertThat(schema.validate(doc)).isEmpty();
  }

  @Test
  void exportJsonAndCsv() throws Exception {
    JsonNode all = json(CliRun.of("catalog", "export", "--format", "json"));
    assertThat(all.path("items").size()).isGreaterThan(13 + 68 + 78 + 109);
    assertThat(all.path("ixit")).hasSize(29);
    CliRun csv = CliRun.of("catalog", "export", "--format", "csv", "--version", "3.1.3");
    assertThat(csv.out().lines()).hasSize(79);
  }

  @Test
  void validateReportsTheDataSetConsistent() {
    CliRun r = CliRun.of("catalog", "validate");
    assertThat(r.exit()).as(r.out()).isZero();
    assertThat(r.out()).contains("68 provisions (33 M, 35 R").contains("109 TS 103 701 test cases");
  }
}
