package dev.iotcop.net.check.credentials;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The bounded list of default credentials one check tries, handed out one at a time: first up to
 * {@code productLimit} pairs tied to the identified product, then up to {@code genericLimit} generic pairs of the
 * service by rank, never more than {@code attemptLimit} in all. A pair whose account has no failed-login budget left
 * when its turn comes is passed over for the next one, so the list spreads over accounts instead of charging one.
 */
final class CredentialSchedule {
  private final List<DefaultCredential> productSpecific;
  private final List<DefaultCredential> generic;
  private final int productLimit;
  private final int genericLimit;
  private final int attemptLimit;
  private final Set<Credential> given = new HashSet<>();
  private final List<DefaultCredential> handedOut = new ArrayList<>();
  private int productPosition;
  private int genericPosition;
  private int productGiven;
  private int genericGiven;

  CredentialSchedule(List<DefaultCredential> productSpecific, List<DefaultCredential> generic, int productLimit,
      int genericLimit, int attemptLimit) {
    if (productLimit < 0 || genericLimit < 0 || attemptLimit < 0) {
      throw new IllegalArgumentException("limits must not be negative");
    }
    this.productSpecific = List.copyOf(productSpecific);
    this.generic = List.copyOf(generic);
    this.productLimit = productLimit;
    this.genericLimit = genericLimit;
    this.attemptLimit = attemptLimit;
  }

  /** The next pair to try, or empty when the bounded list is done. {@code accountHasBudget} is asked at each turn. */
  Optional<DefaultCredential> next(Predicate<String> accountHasBudget) {
    if (handedOut.size() >= attemptLimit) {
      return Optional.empty();
    }
    while (productGiven < productLimit && productPosition < productSpecific.size()) {
      DefaultCredential c = productSpecific.get(productPosition++);
      if (take(c, accountHasBudget)) {
        productGiven++;
        return Optional.of(c);
      }
    }
    while (genericGiven < genericLimit && genericPosition < generic.size()) {
      DefaultCredential c = generic.get(genericPosition++);
      if (take(c, accountHasBudget)) {
        genericGiven++;
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private boolean take(DefaultCredential c, Predicate<String> accountHasBudget) {
    if (given.contains(c.credential()) || !accountHasBudget.test(c.username())) {
      return false;
    }
    given.add(c.credential());
    handedOut.add(c);
    return true;
  }

  /** The pairs handed out so far, in order. */
  List<DefaultCredential> handedOut() {
    return List.copyOf(handedOut);
  }
}
