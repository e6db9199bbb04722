package dev.iotcop.catalog.dcms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iotcop.catalog.Catalog;
import dev.iotcop.catalog.Provision;
import dev.iotcop.catalog.ProvisionIds;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the DCMS open-data mapping JSON (a header object with the version, then one object per record). The excerpts
 * it holds are third-party text: they are shown from the user's file and never stored in iotcop.
 */
public final class DcmsImporter {
  static final String GUIDELINE = "DCMS Code of Practice Guidelines Number";
  static final String ORGANISATION = "Organisation";
  static final String DOCUMENT = "Standard / Recommendation Name";
  static final String SECTION = "Recommendation Number / Section";
  static final String EXCERPT = "Recommendation Extracted from Linked Source";
  static final String LINK = "Web Link";
  static final String NOTES = "Notes";
  static final String ADDED = "Added at Version";
  private static final List<String> REQUIRED = List.of(GUIDELINE, ORGANISATION, DOCUMENT, SECTION);
  private static final Pattern ONE = Pattern.compile("^Provision\\s+(\\d+(?:\\.\\d+)?-\\d+)$");
  private static final Pattern RANGE = Pattern.compile("^Provisions\\s+(\\d+\\.\\d+)-(\\d+)\\s+to\\s+(\\d+\\.\\d+)-(\\d+)$");

  private final Catalog catalog;
  private final CanonicalNames names;

  public DcmsImporter(Catalog catalog, CanonicalNames names) {
    this.catalog = catalog;
    this.names = names;
  }

  public DcmsMapping read(InputStream in, String sourceName) throws DcmsFormatException, IOException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(in);
    } catch (JsonProcessingException e) {
      throw new DcmsFormatException(sourceName + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isArray()) {
      throw new DcmsFormatException(sourceName + ": expected a JSON array of mapping records");
    }
    String version = "";
    List<DcmsRecord> records = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      JsonNode node = root.get(i);
      if (!node.isObject()) {
        throw new DcmsFormatException(sourceName + ": element " + i + " is not an object");
      }
      if (!node.has(GUIDELINE) && node.has("Version")) {
        version = node.path("Version").asText();
        continue;
      }
      records.add(record(node, i, sourceName));
    }
    if (records.isEmpty()) {
      throw new DcmsFormatException(sourceName + ": no mapping records found (is this the DCMS open-data file?)");
    }
    return new DcmsMapping(version, records);
  }

  private DcmsRecord record(JsonNode node, int index, String sourceName) throws DcmsFormatException {
    for (String field : REQUIRED) {
      if (!node.hasNonNull(field)) {
        throw new DcmsFormatException(sourceName + ": record " + index + " has no field \"" + field + "\"");
      }
    }
    int guideline;
    try {
      guideline = Integer.parseInt(node.path(GUIDELINE).asText().strip());
    } catch (NumberFormatException e) {
      throw new DcmsFormatException(sourceName + ": record " + index + ": guideline number is not a number: "
          + node.path(GUIDELINE).asText());
    }
    if (catalog.guideline(guideline).isEmpty()) {
      throw new DcmsFormatException(sourceName + ": record " + index + ": no Code of Practice guideline " + guideline);
    }
    String orgWritten = node.path(ORGANISATION).asText();
    String org = names.organisation(orgWritten);
    String docWritten = node.path(DOCUMENT).asText();
    String doc = names.document(org, docWritten);
    String section = CanonicalNames.tidy(node.path(SECTION).asText());
    List<String> provisions = doc.startsWith("ETSI EN 303 645") ? provisionsNamed(section) : List.of();
    return new DcmsRecord(index, guideline, org, CanonicalNames.tidy(orgWritten), doc, CanonicalNames.tidy(docWritten), section,
        node.path(EXCERPT).asText(""), node.path(LINK).asText("").strip(), node.path(NOTES).asText("").strip(),
        node.path(ADDED).asText("").strip(), provisions);
  }

  /** "Provision 5.1-1" names one provision, "Provisions 5.3-3 to 5.3-12" a range; clause-level records name none. */
  List<String> provisionsNamed(String section) {
    String version = Catalog.TS103701_TARGET_VERSION;
    Matcher one = ONE.matcher(section);
    if (one.matches()) {
      return catalog.provision(version, one.group(1)).map(p -> List.of(p.id())).orElse(List.of());
    }
    Matcher range = RANGE.matcher(section);
    if (range.matches() && range.group(1).equals(range.group(3))) {
      String first = range.group(1) + "-" + range.group(2);
      String last = range.group(3) + "-" + range.group(4);
      return catalog.provisions(version).stream()
          .map(Provision::id)
          .filter(id -> id.startsWith(range.group(1) + "-"))
          .filter(id -> ProvisionIds.compare(id, first) >= 0 && ProvisionIds.compare(id, last) <= 0)
          .toList();
    }
    return List.of();
  }
}
