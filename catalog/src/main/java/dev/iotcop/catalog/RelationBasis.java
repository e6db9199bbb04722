package dev.iotcop.catalog;

import java.util.Locale;

/** Why a relation exists: a published mapping, a legal deemed-compliance route, a normative reference, or our analysis. */
public enum RelationBasis {
  MAPPING,
  DEEMED_COMPLIANCE,
  REFERENCE,
  ANALYSIS;

  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static RelationBasis fromCode(String code) {
    return valueOf(code.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
