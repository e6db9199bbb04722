package dev.iotcop.net.discovery;

import dev.iotcop.catalog.i18n.MessageBundleProvider;

/** Messages of the UDP discovery check. */
public final class DiscoveryMessages implements MessageBundleProvider {
  @Override
  public String baseName() {
    return "dev/iotcop/net/discovery/messages";
  }
}
