package dev.iotcop.net.check.crypto;

import dev.iotcop.catalog.i18n.MessageBundleProvider;

/** Messages of the transport-security checks. */
public final class CryptoMessages implements MessageBundleProvider {
  @Override
  public String baseName() {
    return "dev/iotcop/net/crypto/messages";
  }
}
