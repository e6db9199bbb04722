package dev.iotcop.catalog;

import java.util.Locale;

/** How the scope of one item relates to another's, in the set-theory terms NIST OLIR uses. */
public enum RelationType {
  EQUIVALENT,
  SUBSET,
  SUPERSET,
  INTERSECTS,
  RELATED;

  public RelationType inverse() {
    return switch (this) {
      case SUBSET -> SUPERSET;
      case SUPERSET -> SUBSET;
      default -> this;
    };
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static RelationType fromCode(String code) {
    return valueOf(code.trim().toUpperCase(Locale.ROOT));
  }
}
