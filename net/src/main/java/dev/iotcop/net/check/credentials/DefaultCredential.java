package dev.iotcop.net.check.credentials;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One row of {@code default-credentials.csv}: a user name and password known as a factory default, for one service
 * ({@code any} for every service), generic or tied to a vendor whose product pattern must match what identification
 * saw. {@code rank} orders rows of the same service and vendor, 1 first.
 */
public record DefaultCredential(
    String service,
    String vendor,
    Optional<Pattern> productPattern,
    String username,
    String password,
    int rank,
    List<String> sources) {

  public DefaultCredential {
    sources = List.copyOf(sources);
    if (rank < 1) {
      throw new IllegalArgumentException("rank must be at least 1");
    }
  }

  public boolean generic() {
    return productPattern.isEmpty();
  }

  /** Whether this vendor row applies to a service whose identification text is {@code identification}. */
  public boolean matches(String identification) {
    return productPattern.map(p -> p.matcher(identification).find()).orElse(false);
  }

  /** The pair, for de-duplication across rows. */
  public Credential credential() {
    return new Credential(username, password);
  }

  @Override
  public String toString() {
    return "DefaultCredential[" + service + ", " + (vendor.isEmpty() ? "generic" : vendor) + ", user=" + username
        + ", rank=" + rank + "]";
  }
}
