package dev.iotcop.catalog;

import java.util.List;

/**
 * A section of the Implementation eXtra Information for Testing (IXIT) of TS 103 701, e.g. {@code 1-AuthMech}.
 * {@code fields} are the field names the test units refer to; the list can be incomplete (see data notes).
 */
public record IxitSection(int number, String name, List<String> fields) {
  public IxitSection {
    fields = List.copyOf(fields);
  }

  public String code() {
    return number + "-" + name;
  }

  public ItemRef ref() {
    return ItemRef.of(Catalog.TS103701, "ixit-" + number);
  }
}
