package dev.iotcop.catalog;

/**
 * A typed edge between two catalog items: {@code from} is {@code type} of {@code to}. {@code source} names where the
 * fact comes from; {@code provisional} marks edges that rest on a single secondary source or on inference.
 */
public record Relation(ItemRef from, RelationType type, ItemRef to, RelationBasis basis, String source, boolean provisional) {
  /** The same edge seen from the other end. */
  public Relation inverse() {
    return new Relation(to, type.inverse(), from, basis, source, provisional);
  }
}
