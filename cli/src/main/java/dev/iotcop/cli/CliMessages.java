package dev.iotcop.cli;

import dev.iotcop.catalog.i18n.MessageBundleProvider;

/** The command line's own messages. */
public final class CliMessages implements MessageBundleProvider {
  @Override
  public String baseName() {
    return "dev/iotcop/cli/messages";
  }
}
