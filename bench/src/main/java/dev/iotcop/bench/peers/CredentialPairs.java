package dev.iotcop.bench.peers;

import dev.iotcop.engine.check.Politeness;
import dev.iotcop.net.check.credentials.Credential;
import dev.iotcop.net.check.credentials.DefaultCredentialPlan;
import java.util.List;

/** The credential pairs a peer tool gets: exactly those iotcop's check would try on the service with default settings. */
final class CredentialPairs {
  private CredentialPairs() {}

  static List<Credential> forService(String service, String identification, int sharingServices) {
    return DefaultCredentialPlan.pairs(service, identification, sharingServices, Politeness.standard());
  }
}
