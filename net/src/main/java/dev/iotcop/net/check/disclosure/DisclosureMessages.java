package dev.iotcop.net.check.disclosure;

import dev.iotcop.catalog.i18n.MessageBundleProvider;

/** Messages of the information-disclosure and vulnerability-disclosure checks. */
public final class DisclosureMessages implements MessageBundleProvider {
  @Override
  public String baseName() {
    return "dev/iotcop/net/disclosure/messages";
  }
}
