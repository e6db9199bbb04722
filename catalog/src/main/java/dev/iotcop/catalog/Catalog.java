package dev.iotcop.catalog;

import dev.iotcop.catalog.i18n.LocalizedText;
import dev.iotcop.catalog.i18n.TextBundle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The standards, their items, the typed relations between them and their texts in every language. Immutable once
 * loaded; load it once per process with {@link #load()} and pass it on.
 */
public final class Catalog {
  public static final String COP = "cop";
  public static final String EN303645 = "en303645";
  public static final String TS103701 = "ts103701";
  public static final String PSTI = "psti";
  /** TS 103 701 V1.1.1 assesses EN 303 645 V2.1.1; its test cases name provisions of that version. */
  public static final String TS103701_TARGET_VERSION = "2.1.1";

  private final Map<String, Standard> standards;
  private final List<Guideline> guidelines;
  private final Map<String, Map<String, Provision>> provisionsByVersion;
  private final Map<String, List<Condition>> conditionsByVersion;
  private final Map<String, TestCase> testCases;
  private final List<IxitSection> ixitSections;
  private final Map<String, Map<String, ReferenceItem>> items;
  private final List<Relation> relations;
  private final TextBundle texts;
  private final String dataVersion;
  private final String dataDate;

  Catalog(
      String dataVersion,
      String dataDate,
      List<Standard> standards,
      List<Guideline> guidelines,
      List<Provision> provisions,
      List<Condition> conditions,
      List<TestCase> testCases,
      List<IxitSection> ixitSections,
      Map<String, List<ReferenceItem>> items,
      List<Relation> relations,
      TextBundle texts) {
    this.standards = indexBy(standards, Standard::id);
    this.guidelines = guidelines.stream().sorted(Comparator.comparingInt(Guideline::number)).toList();
    Map<String, Map<String, Provision>> byVersion = new LinkedHashMap<>();
    provisions.stream()
        .sorted(Comparator.comparing(Provision::version).thenComparing(Provision::id, ProvisionIds::compare))
        .forEach(p -> {
          Provision previous = byVersion.computeIfAbsent(p.version(), v -> new LinkedHashMap<>()).putIfAbsent(p.id(), p);
          if (previous != null) {
            throw new IllegalStateException("provision " + p.ref() + " defined twice");
          }
        });
    byVersion.replaceAll((v, m) -> java.util.Collections.unmodifiableMap(m));
    this.provisionsByVersion = java.util.Collections.unmodifiableMap(byVersion);
    this.conditionsByVersion = conditions.stream().collect(Collectors.groupingBy(Condition::version, LinkedHashMap::new, Collectors.toUnmodifiableList()));
    this.testCases = indexBy(testCases.stream().sorted(Comparator.comparing(TestCase::id, ProvisionIds::compare)).toList(), TestCase::id);
    this.ixitSections = ixitSections.stream().sorted(Comparator.comparingInt(IxitSection::number)).toList();
    Map<String, Map<String, ReferenceItem>> itemIndex = new LinkedHashMap<>();
    items.forEach((standard, list) -> itemIndex.put(standard, indexBy(list, ReferenceItem::id)));
    this.items = java.util.Collections.unmodifiableMap(itemIndex);
    this.relations = List.copyOf(relations);
    this.texts = texts;
    this.dataVersion = dataVersion;
    this.dataDate = dataDate;
  }

  /** Loads the catalog shipped with iotcop. */
  public static Catalog load() {
    return CatalogLoader.load();
  }

  private static <T> Map<String, T> indexBy(List<T> list, Function<T, String> key) {
    Map<String, T> map = new LinkedHashMap<>();
    for (T t : list) {
      if (map.putIfAbsent(key.apply(t), t) != null) {
        throw new IllegalStateException("duplicate catalog entry " + key.apply(t));
      }
    }
    return java.util.Collections.unmodifiableMap(map);
  }

  /** The version of iotcop's catalog data set (not of any standard). */
  public String dataVersion() {
    return dataVersion;
  }

  /** The date the catalog data set was last revised, ISO-8601. */
  public String dataDate() {
    return dataDate;
  }

  public List<Standard> standards() {
    return List.copyOf(standards.values());
  }

  public Optional<Standard> standard(String id) {
    return Optional.ofNullable(standards.get(id));
  }

  public List<Guideline> guidelines() {
    return guidelines;
  }

  public Optional<Guideline> guideline(int number) {
    return guidelines.stream().filter(g -> g.number() == number).findFirst();
  }

  /** The EN 303 645 versions the catalog holds, oldest first. */
  public List<String> en303645Versions() {
    return List.copyOf(provisionsByVersion.keySet());
  }

  public String defaultEn303645Version() {
    return standard(EN303645).map(Standard::defaultVersion).orElseThrow();
  }

  public List<Provision> provisions(String version) {
    return List.copyOf(provisionsByVersion.getOrDefault(version, Map.of()).values());
  }

  public Optional<Provision> provision(String version, String id) {
    return Optional.ofNullable(provisionsByVersion.getOrDefault(version, Map.of()).get(id));
  }

  /** The clauses of a version in document order, e.g. {@code 4}, {@code 5.1} ... {@code 6}. */
  public List<String> clauses(String version) {
    return provisions(version).stream().map(Provision::clause).distinct().toList();
  }

  public List<Condition> conditions(String version) {
    return conditionsByVersion.getOrDefault(version, List.of());
  }

  public Optional<Condition> condition(String version, String id) {
    return conditions(version).stream().filter(c -> c.id().equals(id)).findFirst();
  }

  public List<TestCase> testCases() {
    return List.copyOf(testCases.values());
  }

  public Optional<TestCase> testCase(String id) {
    return Optional.ofNullable(testCases.get(id));
  }

  /** The TS 103 701 test cases of a provision; empty for versions other than the one TS 103 701 V1.1.1 targets. */
  public List<TestCase> testCasesFor(String version, String provisionId) {
    if (!TS103701_TARGET_VERSION.equals(version)) {
      return List.of();
    }
    return testCases.values().stream().filter(t -> t.provision().equals(provisionId)).toList();
  }

  public List<IxitSection> ixitSections() {
    return ixitSections;
  }

  /** Items of a standard held only as mapping targets (PSTI requirements, OWASP entries, ...). */
  public List<ReferenceItem> items(String standard) {
    return List.copyOf(items.getOrDefault(standard, Map.of()).values());
  }

  public Optional<ReferenceItem> item(String standard, String id) {
    return Optional.ofNullable(items.getOrDefault(standard, Map.of()).get(id));
  }

  public List<Relation> relations() {
    return relations;
  }

  /** Every edge touching {@code ref}, turned so that {@code ref} is its {@code from} end. */
  public List<Relation> relationsOf(ItemRef ref) {
    List<Relation> out = new ArrayList<>();
    for (Relation r : relations) {
      if (r.from().equals(ref)) {
        out.add(r);
      } else if (r.to().equals(ref)) {
        out.add(r.inverse());
      }
    }
    return out;
  }

  /** Whether the catalog holds the item a reference names. */
  public boolean exists(ItemRef ref) {
    return switch (ref.standard()) {
      case COP -> !ref.hasVersion() && ref.id().matches("\\d+") && guideline(Integer.parseInt(ref.id())).isPresent();
      case EN303645 -> !ref.hasVersion()
          ? ref.id().startsWith("clause-") && en303645Versions().stream().anyMatch(v -> clauses(v).contains(ref.id().substring(7)))
          : ref.id().startsWith("cond-")
          ? condition(ref.version(), ref.id().substring(5)).isPresent()
          : provision(ref.version(), ref.id()).isPresent();
      case TS103701 -> ref.id().startsWith("ixit-")
          ? ixitSections.stream().anyMatch(s -> ref.id().equals("ixit-" + s.number()))
          : testCase(ref.id()).isPresent();
      default -> !ref.hasVersion() && item(ref.standard(), ref.id()).isPresent();
    };
  }

  public TextBundle texts() {
    return texts;
  }

  public LocalizedText title(ItemRef ref, Language lang) {
    return texts.get(ref.textKey() + ".title", lang);
  }

  public LocalizedText summary(ItemRef ref, Language lang) {
    return texts.get(ref.textKey() + ".summary", lang);
  }

  /** Every item that carries texts: guidelines, provisions, conditions, test cases, IXIT sections and reference items. */
  public List<ItemRef> textualItems() {
    List<ItemRef> refs = new ArrayList<>();
    guidelines.forEach(g -> refs.add(g.ref()));
    provisionsByVersion.keySet().stream().flatMap(v -> clauses(v).stream()).distinct()
        .forEach(c -> refs.add(ItemRef.of(EN303645, "clause-" + c)));
    provisionsByVersion.values().forEach(m -> m.values().forEach(p -> refs.add(p.ref())));
    conditionsByVersion.values().forEach(l -> l.forEach(c -> refs.add(c.ref())));
    testCases.values().forEach(t -> refs.add(t.ref()));
    ixitSections.forEach(s -> refs.add(s.ref()));
    items.values().forEach(m -> m.values().forEach(i -> refs.add(i.ref())));
    return refs;
  }
}
