package dev.iotcop.net.check.credentials;

import dev.iotcop.catalog.i18n.MessageBundleProvider;

/** Messages of the authentication checks. */
public final class CredentialMessages implements MessageBundleProvider {
  @Override
  public String baseName() {
    return "dev/iotcop/net/credentials/messages";
  }
}
