package dev.iotcop.bench.peers;

import java.util.Optional;

/**
 * Peer verdicts that rest on a policy iotcop deliberately does not share, each with the reason, so a comparison shows
 * them apart from weaknesses iotcop missed.
 */
final class PolicyDifferences {
  private PolicyDifferences() {}

  static Optional<String> reason(Issue issue) {
    if (issue.kind() == Issue.Kind.SSH_WEAK_ALGORITHM && issue.detail().contains("nistp")) {
      return Optional.of("ssh-audit rejects the NIST P-curves by its own policy; NIST SP 800-186 and BSI TR-02102-4 approve them,"
          + " so iotcop does not count them as weak cryptography");
    }
    return Optional.empty();
  }
}
