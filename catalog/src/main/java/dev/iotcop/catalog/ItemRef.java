package dev.iotcop.catalog;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names one item of one standard: {@code cop:1}, {@code en303645@2.1.1:5.1-1}, {@code ts103701:5.1-1-2}.
 * The version is empty for standards that have a single version in the catalog.
 */
public record ItemRef(String standard, String version, String id) implements Comparable<ItemRef> {
  private static final Pattern FORMAT = Pattern.compile("([a-z0-9-]+)(?:@([0-9A-Za-z.]+))?:(.+)");

  public ItemRef {
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(id, "id");
    version = version == null ? "" : version;
  }

  public static ItemRef of(String standard, String id) {
    return new ItemRef(standard, "", id);
  }

  public static ItemRef parse(String text) {
    Matcher m = FORMAT.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("not an item reference (standard[@version]:id): " + text);
    }
    return new ItemRef(m.group(1), m.group(2), m.group(3));
  }

  public boolean hasVersion() {
    return !version.isEmpty();
  }

  /** The prefix under which this item's texts are stored, e.g. {@code en303645@2.1.1/5.1-1}. */
  public String textKey() {
    return standard + (hasVersion() ? "@" + version : "") + "/" + id;
  }

  @Override
  public String toString() {
    return standard + (hasVersion() ? "@" + version : "") + ":" + id;
  }

  @Override
  public int compareTo(ItemRef o) {
    int c = standard.compareTo(o.standard);
    if (c != 0) {
      return c;
    }
    c = version.compareTo(o.version);
    return c != 0 ? c : ProvisionIds.compare(id, o.id);
  }
}
