package dev.iotcop.engine;

import dev.iotcop.catalog.i18n.MessageBundleProvider;

/** The engine's user-facing messages: verdict reasons and runner outcomes. */
public final class EngineMessages implements MessageBundleProvider {
  @Override
  public String baseName() {
    return "dev/iotcop/engine/messages";
  }
}
