package dev.iotcop.net.check.crypto;

import dev.iotcop.net.proto.tls.HelloOutcome;
import dev.iotcop.net.proto.tls.SuiteWeakness;
import dev.iotcop.net.proto.tls.TlsVersion;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one TLS endpoint answered: one hello per protocol version, then, at each accepted version up to TLS 1.2, hellos
 * that offered only weak suites.
 */
record TlsScan(Map<TlsVersion, HelloOutcome> versions, List<SuiteProbe> suiteProbes) {
  TlsScan {
    versions = new EnumMap<>(versions);
    suiteProbes = List.copyOf(suiteProbes);
  }

  /**
   * One hello at {@code version} offering exactly {@code offered}: every weak suite at once when {@code weakness} is
   * empty, else the suites of that weakness.
   */
  record SuiteProbe(TlsVersion version, Optional<SuiteWeakness> weakness, List<Integer> offered, HelloOutcome outcome) {
    SuiteProbe {
      offered = List.copyOf(offered);
    }

    /** The suite the server chose among those offered, if it chose one. */
    Optional<Integer> chosen() {
      return outcome instanceof HelloOutcome.Negotiated n && offered.contains(n.cipherSuite())
          ? Optional.of(n.cipherSuite()) : Optional.empty();
    }

    /** A ServerHello naming a suite that was not offered answers nothing about what the server accepts. */
    boolean definite() {
      if (outcome instanceof HelloOutcome.Negotiated n) {
        return offered.contains(n.cipherSuite());
      }
      return HelloAnswers.definite(outcome);
    }

    String label() {
      return version.label() + " " + weakness.map(SuiteWeakness::name).orElse("weak suites");
    }
  }
}
