package dev.iotcop.net.check.surface;

import dev.iotcop.catalog.i18n.MessageBundleProvider;

/** Messages of the attack-surface checks. */
public final class SurfaceMessages implements MessageBundleProvider {
  @Override
  public String baseName() {
    return "dev/iotcop/net/surface/messages";
  }
}
