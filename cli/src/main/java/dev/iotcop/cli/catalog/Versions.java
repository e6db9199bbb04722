package dev.iotcop.cli.catalog;

import dev.iotcop.catalog.Catalog;

/** Resolves an EN 303 645 version the user typed, for commands outside the catalog group. */
public final class Versions {
  private Versions() {}

  public static String resolve(Catalog catalog, String given) {
    return new CatalogResolver(catalog).version(given);
  }
}
