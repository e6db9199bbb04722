package dev.iotcop.catalog;

/**
 * An item of a standard the catalog holds only as a mapping target: a PSTI requirement, an OWASP IoT Top 10
 * entry, a NISTIR 8259A capability, a label level. Its title and summary are catalog texts.
 */
public record ReferenceItem(ItemRef ref, String label, String note) {
  public String standard() {
    return ref.standard();
  }

  public String id() {
    return ref.id();
  }
}
