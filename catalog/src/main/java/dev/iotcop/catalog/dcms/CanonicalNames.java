package dev.iotcop.catalog.dcms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * One canonical name per organisation and per document of the DCMS mapping. Names are first tidied (trimmed, runs of
 * white space and line breaks collapsed), then looked up in the alias table shipped as data.
 */
public final class CanonicalNames {
  private static final String RESOURCE = "dev/iotcop/catalog/data/dcms-canonical-names.yaml";
  private final Map<String, String> organisations;
  private final Map<String, String> documents;

  private CanonicalNames(Map<String, String> organisations, Map<String, String> documents) {
    this.organisations = Map.copyOf(organisations);
    this.documents = Map.copyOf(documents);
  }

  public static CanonicalNames load() {
    try (InputStream in = CanonicalNames.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing " + RESOURCE);
      }
      JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
      return new CanonicalNames(aliases(root.path("organisations")), aliases(root.path("documents")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> aliases(JsonNode node) {
    Map<String, String> map = new HashMap<>();
    node.properties().forEach(e -> {
      String canonical = tidy(e.getKey());
      map.put(canonical, canonical);
      e.getValue().forEach(alias -> {
        String previous = map.put(tidy(alias.asText()), canonical);
        if (previous != null && !previous.equals(canonical)) {
          throw new IllegalStateException("alias '" + alias.asText() + "' names two canonical names");
        }
      });
    });
    return map;
  }

  /** Trims and collapses every run of white space (including line breaks) into one space. */
  public static String tidy(String name) {
    return name == null ? "" : name.strip().replaceAll("\\s+", " ");
  }

  public String organisation(String asWritten) {
    String t = tidy(asWritten);
    return organisations.getOrDefault(t, t);
  }

  /** Documents are aliased per canonical organisation, written {@code organisation|document} in the table. */
  public String document(String canonicalOrganisation, String asWritten) {
    String t = tidy(asWritten);
    String canonical = documents.get(canonicalOrganisation + "|" + t);
    return canonical == null ? t : canonical.substring(canonical.indexOf('|') + 1);
  }
}
