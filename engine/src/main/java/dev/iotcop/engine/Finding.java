package dev.iotcop.engine;

import dev.iotcop.engine.evidence.Evidence;
import java.util.List;
import java.util.Objects;

/**
 * One result of one check on one subject: the outcome, the EN 303 645 provisions it gives evidence for, a message key
 * with its arguments (rendered in the user's language), typed evidence and the check's confidence.
 */
public record Finding(
    String checkId,
    Outcome outcome,
    List<String> provisions,
    Subject subject,
    String messageKey,
    List<String> messageArgs,
    List<Evidence> evidence,
    Confidence confidence) {

  public Finding {
    Objects.requireNonNull(checkId, "checkId");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(messageKey, "messageKey");
    Objects.requireNonNull(confidence, "confidence");
    provisions = List.copyOf(provisions);
    messageArgs = List.copyOf(messageArgs);
    evidence = List.copyOf(evidence);
  }

  /** A failure that is sure enough to make a provision fail. */
  public boolean isConfidentFailure() {
    return outcome == Outcome.FAIL && confidence.isConfident();
  }
}
