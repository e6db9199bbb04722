package dev.iotcop.net.check.credentials;

import dev.iotcop.engine.check.Politeness;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ArrayList;

/**
 * The whole list of default credentials a default-credentials check would try on one service when every pair is
 * turned down: the same catalog, order and limits as the check, with each account's failures held to its share of the
 * device's cap. Benchmarks give peer tools this list, so both sides try the same pairs.
 */
public final class DefaultCredentialPlan {
  private DefaultCredentialPlan() {}

  /**
   * @param service the service name of the credential data ({@code telnet}, {@code ssh}, {@code ftp}, {@code http}, ...)
   * @param identification what identified the product (banner, product name), matched against product patterns
   * @param sharingServices how many services of the device share the account database (at least 1)
   */
  public static List<Credential> pairs(String service, String identification, int sharingServices, Politeness politeness) {
    CredentialCatalog catalog = CredentialCatalog.shipped();
    CredentialSchedule schedule = new CredentialSchedule(catalog.productSpecific(service, identification), catalog.generic(service),
        DefaultCredentialTrial.PRODUCT_LIMIT, DefaultCredentialTrial.GENERIC_LIMIT,
        Math.max(0, politeness.maxLoginAttemptsPerService() - 1));
    int share = Math.max(1, politeness.maxFailuresPerAccount() / Math.max(1, sharingServices));
    Map<String, Integer> failures = new HashMap<>();
    List<Credential> out = new ArrayList<>();
    while (true) {
      Optional<DefaultCredential> next = schedule.next(user -> failures.getOrDefault(user, 0) < share);
      if (next.isEmpty()) {
        return out;
      }
      failures.merge(next.get().username(), 1, Integer::sum);
      out.add(next.get().credential());
    }
  }
}
