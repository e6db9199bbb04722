package dev.iotcop.report;

import dev.iotcop.catalog.i18n.MessageBundleProvider;

/** Messages of the report formats. */
public final class ReportMessages implements MessageBundleProvider {
  @Override
  public String baseName() {
    return "dev/iotcop/report/messages";
  }
}
