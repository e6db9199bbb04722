package dev.iotcop.net;

import dev.iotcop.catalog.i18n.MessageBundleProvider;

/** Messages of the network checks. */
public final class NetMessages implements MessageBundleProvider {
  @Override
  public String baseName() {
    return "dev/iotcop/net/messages";
  }
}
