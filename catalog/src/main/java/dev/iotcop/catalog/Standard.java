package dev.iotcop.catalog;

import java.util.List;

/**
 * One standard, regulation or scheme the catalog knows. {@code versions} is empty for documents the
 * catalog holds in a single version; otherwise {@code defaultVersion} is one of them. {@code edition} names the single
 * version of an unversioned document (e.g. {@code 1.1.1}, {@code 2018}).
 */
public record Standard(
    String id,
    String name,
    String publisher,
    String published,
    StandardKind kind,
    List<String> versions,
    String defaultVersion,
    String edition,
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

  /** The version to show for items of this standard: the given one for versioned standards, else the edition. */
  public String displayVersion(String version) {
    return isVersioned() ? version : edition;
  }
}
