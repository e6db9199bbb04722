package dev.iotcop.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The status of a provision as Annex B of EN 303 645 writes it: {@code M}, {@code R}, {@code M C(1)},
 * {@code R C(9,12)}, {@code M C(14) F(e)}, {@code MF(a)}. Conditions (C) are numbered, features (F) are
 * lettered in V3; both make a provision conditional.
 */
public record ProvisionStatus(RequirementLevel level, List<String> conditions, List<String> features) {
  private static final Pattern SHAPE = Pattern.compile("^\\s*([MR])\\s*((?:\\s*[CF]\\s*\\([^)]*\\)\\s*)*)$");
  private static final Pattern GROUP = Pattern.compile("([CF])\\s*\\(([^)]*)\\)");

  public ProvisionStatus {
    conditions = List.copyOf(conditions);
    features = List.copyOf(features);
  }

  public static ProvisionStatus parse(String notation) {
    Matcher m = SHAPE.matcher(notation);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a provision status: '" + notation + "'");
    }
    List<String> conditions = new ArrayList<>();
    List<String> features = new ArrayList<>();
    Matcher g = GROUP.matcher(m.group(2));
    while (g.find()) {
      List<String> ids = Arrays.stream(g.group(2).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
      if (ids.isEmpty()) {
        throw new IllegalArgumentException("empty condition list in status '" + notation + "'");
      }
      (g.group(1).equals("C") ? conditions : features).addAll(ids);
    }
    return new ProvisionStatus(RequirementLevel.fromCode(m.group(1)), conditions, features);
  }

  public boolean isConditional() {
    return !conditions.isEmpty() || !features.isEmpty();
  }

  /** Every condition and feature id, in the order of the notation. */
  public List<String> allConditionIds() {
    List<String> all = new ArrayList<>(conditions);
    all.addAll(features);
    return all;
  }

  /** The canonical notation, e.g. {@code M C(9,12)} or {@code M C(14) F(e)}. */
  public String notation() {
    StringBuilder sb = new StringBuilder(level.code());
    if (!conditions.isEmpty()) {
      sb.append(" C(").append(String.join(",", conditions)).append(')');
    }
    if (!features.isEmpty()) {
      sb.append(" F(").append(String.join(",", features)).append(')');
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return notation();
  }
}
