package dev.iotcop.catalog.i18n;

/**
 * Lets a module contribute its user-facing messages. Implementations are found with {@link java.util.ServiceLoader};
 * {@link #baseName()} names properties files {@code <baseName>_<lang>.properties} on the class path.
 */
public interface MessageBundleProvider {
  String baseName();
}
