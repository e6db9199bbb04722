package dev.iotcop.net.check.surface;

import dev.iotcop.net.check.DataTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The rules of {@code admin-page-indicators.csv}: which field names and texts mark a page that changes settings. */
final class PageIndicators {
  static final String RESOURCE = "admin-page-indicators.csv";

  record Rule(String kind, boolean field, Pattern pattern) {}

  private final List<Rule> rules;

  private PageIndicators(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  static PageIndicators load() {
    return parse(DataTable.lines(PageIndicators.class, RESOURCE));
  }

  static PageIndicators parse(List<String> lines) {
    List<Rule> rules = new ArrayList<>();
    for (DataTable.Row r : DataTable.rows(RESOURCE, lines, "kind,where,pattern")) {
      if (!(r.get(1).equals("field") || r.get(1).equals("text"))) {
        throw r.error("where must be field or text, not " + r.get(1));
      }
      rules.add(new Rule(r.get(0).strip(), r.get(1).equals("field"), Pattern.compile(r.get(2).strip(), Pattern.CASE_INSENSITIVE)));
    }
    return new PageIndicators(rules);
  }

  /** The kinds of setting the names of these fields point to. */
  Set<String> inFields(List<PageForms.Field> fields) {
    Set<String> kinds = new TreeSet<>();
    for (PageForms.Field f : fields) {
      if (!f.entry() || f.name().isEmpty()) {
        continue;
      }
      for (Rule r : rules) {
        if (r.field() && r.pattern().matcher(f.name()).find()) {
          kinds.add(r.kind());
        }
      }
    }
    return kinds;
  }

  /** The kinds of setting this text talks about. */
  Set<String> inText(String text) {
    Set<String> kinds = new TreeSet<>();
    for (Rule r : rules) {
      if (!r.field() && r.pattern().matcher(text).find()) {
        kinds.add(r.kind());
      }
    }
    return kinds;
  }
}
