package dev.iotcop.catalog.view;

import dev.iotcop.catalog.Catalog;
import dev.iotcop.catalog.Condition;
import dev.iotcop.catalog.Guideline;
import dev.iotcop.catalog.ItemRef;
import dev.iotcop.catalog.Language;
import dev.iotcop.catalog.Provision;
import dev.iotcop.catalog.ReferenceItem;
import dev.iotcop.catalog.Relation;
import dev.iotcop.catalog.Stakeholder;
import dev.iotcop.catalog.Standard;
import dev.iotcop.catalog.TestCase;
import dev.iotcop.catalog.i18n.LocalizedText;
import java.util.List;
import java.util.Locale;

/** Builds the list and detail views of catalog items that the CLI and the server show, in one language. */
public final class CatalogViews {
  private final Catalog catalog;
  private final Language lang;

  public CatalogViews(Catalog catalog, Language lang) {
    this.catalog = catalog;
    this.lang = lang;
  }

  public ListEntry entry(Guideline g) {
    LocalizedText title = catalog.title(g.ref(), lang);
    return new ListEntry(Integer.toString(g.number()), Catalog.COP, edition(Catalog.COP), null, title.text(), fallback(title),
        null, null, null, null, g.prioritised(), g.stakeholders().stream().map(Stakeholder::code).toList(), null, null, null);
  }

  public ListEntry entry(Provision p) {
    LocalizedText title = catalog.title(p.ref(), lang);
    return new ListEntry(p.id(), Catalog.EN303645, p.version(), p.status().notation(), title.text(), fallback(title), p.clause(),
        p.provisional(), p.status().allConditionIds(), guidelines(p.ref()), null, null, null, null, null);
  }

  public ListEntry entry(TestCase t) {
    LocalizedText title = catalog.title(t.ref(), lang);
    return new ListEntry(t.id(), Catalog.TS103701, edition(Catalog.TS103701), null, title.text(), fallback(title), null, null,
        null, null, null, null, t.provision(), t.kind().name().toLowerCase(Locale.ROOT), null);
  }

  public ListEntry entry(ReferenceItem item) {
    LocalizedText title = catalog.title(item.ref(), lang);
    return new ListEntry(item.id(), item.standard(), edition(item.standard()), null, title.text(), fallback(title), null, null,
        null, null, null, null, null, null, item.label());
  }

  public ItemDetail detail(Provision p) {
    List<ConditionView> conditions = p.status().allConditionIds().stream()
        .map(id -> catalog.condition(p.version(), id).map(this::condition)
            .orElse(new ConditionView(id, "unknown", "", true)))
        .toList();
    List<String> tests = catalog.testCasesFor(p.version(), p.id()).stream().map(TestCase::id).toList();
    return detail(p.ref(), "provision", p.status().notation(), p.clause(), p.provisional(), p.evidence(), conditions, tests,
        guidelines(p.ref()), List.of());
  }

  public ItemDetail detail(Guideline g, String version) {
    List<String> provisions = provisionsOf(g.ref(), version);
    List<String> tests = provisions.stream().flatMap(p -> catalog.testCasesFor(version, p).stream()).map(TestCase::id).toList();
    return detail(g.ref(), "guideline", null, null, false, "", List.of(), tests, List.of(g.number()), provisions);
  }

  public ItemDetail detail(TestCase t) {
    return detail(t.ref(), "test-case-" + t.kind().name().toLowerCase(Locale.ROOT), null, null, false, "", List.of(), List.of(t.id()),
        guidelines(t.provisionRef()), List.of(t.provision()));
  }

  public ItemDetail detail(ReferenceItem item, String version) {
    return detail(item.ref(), "item", null, null, false, item.note(), List.of(), List.of(), guidelines(item.ref()),
        provisionsOf(item.ref(), version));
  }

  private ItemDetail detail(ItemRef ref, String kind, String status, String clause, boolean provisional, String evidence,
      List<ConditionView> conditions, List<String> tests, List<Integer> guidelines, List<String> provisions) {
    LocalizedText title = catalog.title(ref, lang);
    LocalizedText summary = catalog.summary(ref, lang);
    return new ItemDetail(ref.id(), ref.standard(), ref.hasVersion() ? ref.version() : edition(ref.standard()), kind, status, clause,
        provisional, evidence, conditions, title.text(), summary.text(), title.language().code(), title.fallback() || summary.fallback(),
        tests, guidelines, provisions, relations(ref));
  }

  private ConditionView condition(Condition c) {
    return new ConditionView(c.id(), c.kind().name().toLowerCase(Locale.ROOT), catalog.title(c.ref(), lang).display(), c.provisional());
  }

  public List<RelationView> relations(ItemRef ref) {
    return catalog.relationsOf(ref).stream().map(this::relation).toList();
  }

  private RelationView relation(Relation r) {
    return new RelationView(r.type().code(), r.to().toString(), r.to().standard(), catalog.title(r.to(), lang).display(),
        r.basis().code(), r.source(), r.provisional());
  }

  /** Code of Practice guidelines related to an item, directly or (for items of other standards) through provisions. */
  public List<Integer> guidelines(ItemRef ref) {
    return catalog.relationsOf(ref).stream()
        .map(Relation::to)
        .filter(to -> to.standard().equals(Catalog.COP))
        .map(to -> Integer.parseInt(to.id()))
        .distinct()
        .sorted()
        .toList();
  }

  /** EN 303 645 provisions of {@code version} related to an item. */
  public List<String> provisionsOf(ItemRef ref, String version) {
    return catalog.relationsOf(ref).stream()
        .map(Relation::to)
        .filter(to -> to.standard().equals(Catalog.EN303645) && to.version().equals(version))
        .map(ItemRef::id)
        .distinct()
        .toList();
  }

  private String edition(String standard) {
    return catalog.standard(standard).map(Standard::edition).orElse("");
  }

  private static String fallback(LocalizedText t) {
    return t.fallback() ? t.language().code() : null;
  }
}
