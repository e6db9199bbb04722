package dev.iotcop.net.check.surface;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    try (InputStream in = PageIndicators.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static PageIndicators parse(List<String> lines) {
    List<Rule> rules = new ArrayList<>();
    boolean header = false;
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!header) {
        if (!line.strip().equals("kind,where,pattern")) {
          throw new IllegalArgumentException(RESOURCE + ": expected the header kind,where,pattern");
        }
        header = true;
        continue;
      }
      String[] f = line.split(",", 3);
      if (f.length != 3 || !(f[1].equals("field") || f[1].equals("text"))) {
        throw new IllegalArgumentException(RESOURCE + ": bad line " + line);
      }
      rules.add(new Rule(f[0].strip(), f[1].equals("field"), Pattern.compile(f[2].strip(), Pattern.CASE_INSENSITIVE)));
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
