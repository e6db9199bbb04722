package dev.iotcop.net.identify;

import java.time.Duration;

/** The service identifier with every protocol hello iotcop knows, in the order they are tried. */
final class Probes {
  private Probes() {}

  static ServiceIdentifier identifier(Duration bannerWait) {
    return ServiceIdentifier.standard(bannerWait);
  }
}
