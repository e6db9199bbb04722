package dev.iotcop.catalog;

import java.util.List;

/**
 * One standard, regulation or scheme the catalog knows. {@code versions} is empty for documents the
 * catalog holds in a single version; otherwise {@code defaultVersion} is one of them.
 */
public record Standard(
    String id,
    String name,
    String publisher,
    String published,
    StandardKind kind,
    List<String> versions,
    String defaultVersion,
    String url) {

  public Standard {
    versions = List.copyOf(versions);
    if (!versions.isEmpty() && !versions.contains(defaultVersion)) {
      throw new IllegalArgumentException(id + ": default version " + defaultVersion + " is not among " + versions);
    }
  }

  public boolean isVersioned() {
    return !versions.isEmpty();
  }
}
