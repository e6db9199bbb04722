package dev.iotcop.catalog.dcms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/** An imported DCMS mapping: its records and the views a user explores it by. */
public record DcmsMapping(String version, List<DcmsRecord> records) {
  public DcmsMapping {
    records = List.copyOf(records);
  }

  /** Record counts per guideline, 1 to 13, including guidelines with no record. */
  public Map<Integer, Integer> perGuideline() {
    Map<Integer, Integer> counts = new TreeMap<>();
    for (int g = 1; g <= 13; g++) {
      counts.put(g, 0);
    }
    records.forEach(r -> counts.merge(r.guideline(), 1, Integer::sum));
    return counts;
  }

  public record NameCount(String name, int records, List<String> writtenAs) {}

  public List<NameCount> organisations() {
    return group(DcmsRecord::organisation, DcmsRecord::organisationAsWritten);
  }

  public List<NameCount> documents() {
    return group(r -> r.organisation() + " | " + r.document(), DcmsRecord::documentAsWritten);
  }

  private List<NameCount> group(java.util.function.Function<DcmsRecord, String> key, java.util.function.Function<DcmsRecord, String> written) {
    Map<String, List<DcmsRecord>> groups = new LinkedHashMap<>();
    records.forEach(r -> groups.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
    List<NameCount> out = new ArrayList<>();
    groups.forEach((name, rs) -> {
      TreeSet<String> variants = new TreeSet<>();
      rs.forEach(r -> variants.add(written.apply(r)));
      out.add(new NameCount(name, rs.size(), List.copyOf(variants)));
    });
    out.sort(Comparator.comparingInt(NameCount::records).reversed().thenComparing(NameCount::name));
    return out;
  }

  /** Organisation names matching {@code query}: exact canonical name, else case-insensitive substring. */
  public List<String> organisationsMatching(String query) {
    String q = query.toLowerCase(Locale.ROOT).strip();
    List<String> names = organisations().stream().map(NameCount::name).toList();
    Optional<String> exact = names.stream().filter(n -> n.equalsIgnoreCase(q)).findFirst();
    if (exact.isPresent()) {
      return List.of(exact.get());
    }
    return names.stream().filter(n -> n.toLowerCase(Locale.ROOT).contains(q)).toList();
  }

  public List<DcmsRecord> filter(Predicate<DcmsRecord> p) {
    return records.stream().filter(p).toList();
  }
}
