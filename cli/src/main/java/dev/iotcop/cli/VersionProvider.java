package dev.iotcop.cli;

import dev.iotcop.catalog.Catalog;
import picocli.CommandLine.IVersionProvider;

/** {@code iotcop --version}: the tool's version and the catalog data set's, without loading the whole catalog. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = VersionProvider.class.getPackage().getImplementationVersion();
    return new String[] {"iotcop " + (version == null ? "development build" : version), "Java " + Runtime.version()};
  }

  static String catalogVersion(Catalog catalog) {
    return catalog.dataVersion();
  }
}
