package dev.iotcop.net.proto.tls;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The answer to one single-version ClientHello per protocol version. */
public record VersionSupport(Map<TlsVersion, HelloOutcome> outcomes) {
  public VersionSupport {
    outcomes = Map.copyOf(outcomes);
  }

  /** A version counts as accepted when the server completed its hello at exactly that version. */
  public static boolean accepts(TlsVersion offered, HelloOutcome outcome) {
    return switch (outcome) {
      case HelloOutcome.Negotiated n -> n.versionCode() == offered.code();
      case HelloOutcome.RetryRequested r -> offered == TlsVersion.TLS_1_3;
      default -> false;
    };
  }

  public List<TlsVersion> accepted() {
    return new EnumMap<>(outcomes).entrySet().stream().filter(e -> accepts(e.getKey(), e.getValue()))
        .map(Map.Entry::getKey).toList();
  }

  public List<TlsVersion> notAccepted() {
    return new EnumMap<>(outcomes).entrySet().stream().filter(e -> !accepts(e.getKey(), e.getValue()))
        .map(Map.Entry::getKey).toList();
  }

  /** True when any probe got a TLS answer (accepted or refused); false means the port does not speak TLS to us. */
  public boolean speaksTls() {
    return outcomes.values().stream().anyMatch(o -> o instanceof HelloOutcome.Negotiated
        || o instanceof HelloOutcome.RetryRequested || o instanceof HelloOutcome.Refused r && r.alert().isPresent());
  }

  public Optional<TlsVersion> highestAccepted() {
    List<TlsVersion> a = accepted();
    return a.isEmpty() ? Optional.empty() : Optional.of(a.getLast());
  }

  /** The highest accepted version that still sends its certificate in the clear (TLS 1.2 or lower). */
  public Optional<TlsVersion> highestAcceptedUpTo12() {
    return accepted().stream().filter(v -> v != TlsVersion.TLS_1_3).reduce((a, b) -> b);
  }
}
