package dev.iotcop.catalog;

/** A test case of ETSI TS 103 701 V1.1.1, e.g. {@code 5.1-1-2}, for a provision of EN 303 645 V2.1.1. */
public record TestCase(String id, String provision, TestKind kind) {
  public ItemRef ref() {
    return ItemRef.of(Catalog.TS103701, id);
  }

  public ItemRef provisionRef() {
    return new ItemRef(Catalog.EN303645, Catalog.TS103701_TARGET_VERSION, provision);
  }
}
