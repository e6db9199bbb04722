package dev.iotcop.catalog.export;

import dev.iotcop.catalog.Catalog;
import dev.iotcop.catalog.Condition;
import dev.iotcop.catalog.ItemRef;
import dev.iotcop.catalog.Language;
import dev.iotcop.catalog.Provision;
import dev.iotcop.catalog.Relation;
import dev.iotcop.catalog.Standard;
import dev.iotcop.catalog.TestCase;
import dev.iotcop.catalog.export.OscalModel.BackMatter;
import dev.iotcop.catalog.export.OscalModel.Control;
import dev.iotcop.catalog.export.OscalModel.Group;
import dev.iotcop.catalog.export.OscalModel.Link;
import dev.iotcop.catalog.export.OscalModel.Metadata;
import dev.iotcop.catalog.export.OscalModel.Part;
import dev.iotcop.catalog.export.OscalModel.Property;
import dev.iotcop.catalog.export.OscalModel.Resource;
import dev.iotcop.catalog.export.OscalModel.ResourceLink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one version of EN 303 645 as an OSCAL 1.1.3 catalog: a group per clause, a control per provision with its
 * status, conditions, our summary, its TS 103 701 test cases and links to the related Code of Practice guidelines and
 * regimes. Output is reproducible: UUIDs are name-based and the date is the catalog's own.
 */
public final class OscalCatalogExporter {
  public static final String NAMESPACE = "https://iotcop.dev/ns/oscal";
  public static final String OSCAL_VERSION = "1.1.3";

  private final Catalog catalog;

  public OscalCatalogExporter(Catalog catalog) {
    this.catalog = catalog;
  }

  public OscalModel.Document export(String version, Language lang) {
    Standard en = catalog.standard(Catalog.EN303645).orElseThrow();
    Map<String, List<Provision>> byClause = new LinkedHashMap<>();
    catalog.provisions(version).forEach(p -> byClause.computeIfAbsent(p.clause(), c -> new ArrayList<>()).add(p));
    List<Group> groups = new ArrayList<>();
    byClause.forEach((clause, provisions) -> groups.add(new Group(
        "clause-" + clause,
        "clause",
        text(ItemRef.of(Catalog.EN303645, "clause-" + clause), ".title", lang),
        List.of(Property.of("label", clause)),
        provisions.stream().map(p -> control(p, lang)).toList())));
    Resource standardResource = new Resource(NameBasedUuid.of("resource:" + Catalog.EN303645 + "@" + version).toString(),
        en.name() + " V" + version, null, List.of(new ResourceLink(en.url())));
    Metadata metadata = new Metadata(
        en.name() + " V" + version + " (iotcop catalog)",
        catalog.dataDate() + "T00:00:00Z",
        catalog.dataVersion(),
        OSCAL_VERSION,
        List.of(Property.iotcop("standard", Catalog.EN303645), Property.iotcop("standard-version", version),
            Property.iotcop("language", lang.code())),
        List.of(new Link("#" + standardResource.uuid(), "reference", null)),
        "Identifiers, statuses and conditions are facts of the standard; titles and summaries are iotcop's own words,"
            + " not the standard's text.");
    return new OscalModel.Document(new OscalModel.Catalog(
        NameBasedUuid.of("catalog:" + Catalog.EN303645 + "@" + version + ":" + lang.code() + ":" + catalog.dataVersion()).toString(),
        metadata,
        groups,
        new BackMatter(List.of(standardResource))));
  }

  private Control control(Provision p, Language lang) {
    List<Property> props = new ArrayList<>();
    props.add(Property.of("label", p.id()));
    props.add(Property.iotcop("status", p.status().notation()));
    props.add(Property.iotcop("requirement-level", p.status().level().name().toLowerCase(java.util.Locale.ROOT)));
    if (p.provisional()) {
      props.add(Property.iotcop("provisional", "true"));
    }
    for (String c : p.status().allConditionIds()) {
      props.add(Property.iotcop("condition", c));
    }
    for (TestCase t : catalog.testCasesFor(p.version(), p.id())) {
      props.add(Property.iotcop("ts103701-test-case", t.id()));
    }
    List<Link> links = new ArrayList<>();
    for (Relation r : catalog.relationsOf(p.ref())) {
      links.add(new Link("urn:iotcop:" + r.to(), r.type().code(), text(r.to(), ".title", lang)));
    }
    List<Part> parts = new ArrayList<>();
    String partBase = controlId(p);
    parts.add(new Part(partBase + "_smt", "statement", null, null, text(p.ref(), ".summary", lang), List.of()));
    if (p.status().isConditional()) {
      StringBuilder prose = new StringBuilder();
      for (String c : p.status().allConditionIds()) {
        Condition cond = catalog.condition(p.version(), c).orElseThrow();
        prose.append(c).append(": ").append(text(cond.ref(), ".title", lang)).append(". ");
      }
      parts.add(new Part(partBase + "_cond", "applicability", NAMESPACE, null, prose.toString().strip(), List.of()));
    }
    return new Control(partBase, "provision", text(p.ref(), ".title", lang), props, links, parts);
  }

  /** OSCAL ids must start with a letter; provision ids start with a digit. */
  static String controlId(Provision p) {
    return "en303645-" + p.id();
  }

  private String text(ItemRef ref, String field, Language lang) {
    return catalog.texts().get(ref.textKey() + field, lang).display();
  }
}
