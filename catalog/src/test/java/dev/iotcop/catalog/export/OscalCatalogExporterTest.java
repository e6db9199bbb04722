package dev.iotcop.catalog.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.iotcop.catalog.Catalog;
import dev.iotcop.catalog.Language;
import dev.iotcop.catalog.SharedData;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OscalCatalogExporterTest {
  static Catalog catalog;
  static JsonSchema schema;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void setUp() throws Exception {
    catalog = Catalog.load();
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    try (InputStream in = Files.newInputStream(SharedData.file("schemas/oscal/1.1.3/oscal_catalog_schema.json"))) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in, config);
    }
  }

  @ParameterizedTest
  @CsvSource({"2.1.1,en,68", "3.1.3,en,78", "2.1.1,ja,68", "3.1.3,de,78"})
  void exportValidatesAgainstTheOscalCatalogSchema(String version, String lang, int provisions) {
    JsonNode doc = JSON.valueToTree(new OscalCatalogExporter(catalog).export(version, Language.fromCode(lang).orElseThrow()));
    Set<ValidationMessage> errors = schema.validate(doc);
    assertThat(errors).as("OSCAL schema errors").isEmpty();
    int controls = 0;
    for (JsonNode g : doc.path("catalog").path("groups")) {
      controls += g.path("controls").size();
    }
    assertThat(controls).isEqualTo(provisions);
    assertThat(doc.path("catalog").path("metadata").path("oscal-version").asText()).isEqualTo("1.1.3");
  }

  @Test
  void controlsCarryStatusConditionsAndTestCases() {
    JsonNode doc = JSON.valueToTree(new OscalCatalogExporter(catalog).export("2.1.1", Language.EN));
    JsonNode control = null;
    for (JsonNode g : doc.path("catalog").path("groups")) {
      for (JsonNode c : g.path("controls")) {
        if (c.path("id").asText().equals("en303645-5.3-6")) {
          control = c;
        }
      }
    }
    assertThat(control).isNotNull();
    assertThat(control.toString()).contains("\"value\":\"R C(9,12)\"", "\"name\":\"condition\"", "5.3-6-2", "urn:iotcop:cop:3");
  }

  @Test
  void exportIsReproducible() {
    OscalCatalogExporter e = new OscalCatalogExporter(catalog);
    assertThat(JSON.valueToTree(e.export("2.1.1", Language.EN)).toString())
        .isEqualTo(JSON.valueToTree(e.export("2.1.1", Language.EN)).toString());
  }

  @Test
  void nameBasedUuidsAreVersion5AndStable() {
    UUID u = NameBasedUuid.of("x");
    assertThat(u.version()).isEqualTo(5);
    assertThat(u.variant()).isEqualTo(2);
    assertThat(NameBasedUuid.of("x")).isEqualTo(u);
    assertThat(NameBasedUuid.of("y")).isNotEqualTo(u);
    // RFC 9562 appendix example: DNS namespace, "www.example.com"
    assertThat(NameBasedUuid.v5(UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "www.example.com"))
        .isEqualTo(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2"));
  }
}
