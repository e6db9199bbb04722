package dev.iotcop.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.iotcop.catalog.i18n.TextBundle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the catalog's data files from the class path. Malformed data fails loudly with file and line. */
final class CatalogLoader {
  static final String DATA = "dev/iotcop/catalog/data/";
  static final String TEXTS = "dev/iotcop/catalog/text/";

  private CatalogLoader() {}

  static Catalog load() {
    JsonNode manifest = readYaml(DATA + "standards.yaml");
    List<Standard> standards = new ArrayList<>();
    Map<String, List<ReferenceItem>> items = new LinkedHashMap<>();
    for (JsonNode s : manifest.path("standards")) {
      List<String> versions = new ArrayList<>();
      s.path("versions").forEach(v -> versions.add(v.asText()));
      Standard standard = new Standard(
          s.path("id").asText(),
          s.path("name").asText(),
          s.path("publisher").asText(),
          s.path("published").asText(),
          StandardKind.valueOf(s.path("kind").asText()),
          versions,
          s.path("defaultVersion").asText(""),
          s.path("edition").asText(""),
          s.path("url").asText(""));
      standards.add(standard);
      if (s.hasNonNull("items")) {
        items.put(standard.id(), readItems(standard, DATA + s.path("items").asText()));
      }
    }
    List<Relation> relations = new ArrayList<>();
    for (JsonNode file : manifest.path("relations")) {
      relations.addAll(readRelations(DATA + file.asText()));
    }
    return new Catalog(
        manifest.path("data").path("version").asText(),
        manifest.path("data").path("date").asText(),
        standards,
        readGuidelines(),
        readProvisions(),
        readConditions(),
        readTestCases(),
        readIxit(),
        items,
        relations,
        readTexts(manifest));
  }

  private static TextBundle readTexts(JsonNode manifest) {
    List<TextBundle> bundles = new ArrayList<>();
    for (JsonNode base : manifest.path("texts")) {
      bundles.add(TextBundle.load(TEXTS + base.asText(), CatalogLoader.class.getClassLoader()));
    }
    return TextBundle.merge("catalog", bundles);
  }

  private static JsonNode readYaml(String resource) {
    try (InputStream in = CatalogLoader.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("catalog data file missing from the class path: " + resource);
      }
      return new ObjectMapper(new YAMLFactory()).readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private static List<Guideline> readGuidelines() {
    return CsvRows.read(DATA + "cop-guidelines.csv", List.of("number", "prioritised", "stakeholders")).stream()
        .map(r -> new Guideline(
            Integer.parseInt(r.get("number")),
            r.flag("prioritised"),
            r.list("stakeholders").stream().map(Stakeholder::fromCode).toList()))
        .toList();
  }

  private static List<Provision> readProvisions() {
    return CsvRows.read(DATA + "en303645-provisions.csv", List.of("version", "id", "clause", "status", "provisional", "evidence"))
        .stream()
        .map(r -> {
          try {
            return new Provision(r.get("version"), r.get("id"), r.get("clause"), ProvisionStatus.parse(r.get("status")),
                r.flag("provisional"), r.get("evidence"));
          } catch (IllegalArgumentException e) {
            throw r.error(e.getMessage());
          }
        })
        .toList();
  }

  private static List<Condition> readConditions() {
    return CsvRows.read(DATA + "en303645-conditions.csv", List.of("version", "id", "kind", "provisional")).stream()
        .map(r -> new Condition(r.get("version"), r.get("id"), ConditionKind.valueOf(r.get("kind").toUpperCase(java.util.Locale.ROOT)),
            r.flag("provisional")))
        .toList();
  }

  private static List<TestCase> readTestCases() {
    return CsvRows.read(DATA + "ts103701-test-cases.csv", List.of("id", "provision", "kind")).stream()
        .map(r -> new TestCase(r.get("id"), r.get("provision"), TestKind.valueOf(r.get("kind").toUpperCase(java.util.Locale.ROOT))))
        .toList();
  }

  private static List<IxitSection> readIxit() {
    return CsvRows.read(DATA + "ts103701-ixit.csv", List.of("number", "name", "fields")).stream()
        .map(r -> new IxitSection(Integer.parseInt(r.get("number")), r.get("name"), r.list("fields")))
        .toList();
  }

  private static List<ReferenceItem> readItems(Standard standard, String resource) {
    return CsvRows.read(resource, List.of("id", "label", "note")).stream()
        .map(r -> new ReferenceItem(new ItemRef(standard.id(), "", r.get("id")), r.get("label"), r.get("note")))
        .toList();
  }

  private static List<Relation> readRelations(String resource) {
    return CsvRows.read(resource, List.of("from", "type", "to", "basis", "source", "provisional")).stream()
        .map(r -> {
          try {
            return new Relation(ItemRef.parse(r.get("from")), RelationType.fromCode(r.get("type")), ItemRef.parse(r.get("to")),
                RelationBasis.fromCode(r.get("basis")), r.get("source"), r.flag("provisional"));
          } catch (IllegalArgumentException e) {
            throw r.error(e.getMessage());
          }
        })
        .toList();
  }
}
