package dev.iotcop.catalog;

/** A condition (or V3 feature) that decides whether a conditional provision applies. Its meaning is a catalog text. */
public record Condition(String version, String id, ConditionKind kind, boolean provisional) {
  public ItemRef ref() {
    return new ItemRef(Catalog.EN303645, version, "cond-" + id);
  }
}
