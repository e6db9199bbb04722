package dev.iotcop.catalog;

/** What sort of document a standard in the catalog is. */
public enum StandardKind {
  STANDARD,
  TEST_SPECIFICATION,
  CODE_OF_PRACTICE,
  REGULATION,
  CERTIFICATION_SCHEME,
  INDUSTRY_PROGRAMME,
  GUIDANCE,
  REFERENCED_DOCUMENT
}
