package dev.iotcop.net.check.crypto;

import dev.iotcop.net.proto.tls.HelloOutcome;
import java.util.Collection;

/**
 * Reads hello outcomes the way the TLS checks need them: whether an outcome settles the question "was this offer
 * accepted?", and, when nothing was accepted, which of three causes to report. The causes stay apart in every message:
 * the port does not speak TLS, it speaks TLS and refused us, or it did not answer.
 */
final class HelloAnswers {
  private HelloAnswers() {}

  /** Why no hello was accepted. */
  enum Cause {
    NOT_TLS,
    REFUSED,
    NO_ANSWER
  }

  /**
   * True when the outcome tells for sure whether the offer was accepted. A refusal says no; so does an answer that is
   * not TLS at all, since no ServerHello came. Silence and broken connections say nothing.
   */
  static boolean definite(HelloOutcome outcome) {
    return switch (outcome) {
      case HelloOutcome.Negotiated n -> true;
      case HelloOutcome.RetryRequested r -> true;
      case HelloOutcome.Refused r -> true;
      case HelloOutcome.NotTls n -> true;
      case HelloOutcome.NoAnswer n -> false;
      case HelloOutcome.Unreachable u -> false;
    };
  }

  /**
   * The cause to report when none of the outcomes is an acceptance: a refusal (the server spoke TLS to say no) wins
   * over non-TLS answers, which win over silence.
   */
  static Cause cause(Collection<HelloOutcome> outcomes) {
    boolean alert = outcomes.stream().anyMatch(o -> o instanceof HelloOutcome.Refused r && r.alert().isPresent());
    if (alert) {
      return Cause.REFUSED;
    }
    if (outcomes.stream().anyMatch(o -> o instanceof HelloOutcome.NotTls)) {
      return Cause.NOT_TLS;
    }
    if (outcomes.stream().anyMatch(o -> o instanceof HelloOutcome.Refused)) {
      return Cause.REFUSED;
    }
    return Cause.NO_ANSWER;
  }

  /** The message suffix for a cause, shared by the TLS checks. */
  static String suffix(Cause cause) {
    return switch (cause) {
      case NOT_TLS -> "inconclusive.not-tls";
      case REFUSED -> "inconclusive.refused";
      case NO_ANSWER -> "inconclusive.no-answer";
    };
  }

  /** The first outcome's summary among those that match the cause, for the message. */
  static String detail(Cause cause, Collection<HelloOutcome> outcomes) {
    return outcomes.stream().filter(o -> switch (cause) {
      case NOT_TLS -> o instanceof HelloOutcome.NotTls;
      case REFUSED -> o instanceof HelloOutcome.Refused;
      case NO_ANSWER -> o instanceof HelloOutcome.NoAnswer || o instanceof HelloOutcome.Unreachable;
    }).map(HelloOutcome::summary).findFirst()
        .orElseGet(() -> outcomes.stream().map(HelloOutcome::summary).findFirst().orElse(""));
  }
}
