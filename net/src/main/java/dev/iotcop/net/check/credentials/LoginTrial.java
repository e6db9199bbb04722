package dev.iotcop.net.check.credentials;

import dev.iotcop.engine.evidence.Evidence;
import java.time.Duration;
import java.util.List;

/**
 * How one login attempt ended, what decided it, the evidence of the exchange (password lines flagged secret) and how
 * long the service took to answer the credentials.
 */
public record LoginTrial(Result result, String detail, List<Evidence> evidence, Duration elapsed) {
  public LoginTrial {
    evidence = List.copyOf(evidence);
    detail = detail == null ? "" : detail;
  }

  public enum Result {
    /** The credentials let us in. */
    ACCEPTED,
    /** The service said no. */
    REJECTED,
    /** The service said the account is locked, there were too many tries, or it hung up on us. */
    LOCKED,
    /** The service let us in without asking for anything. */
    NO_AUTHENTICATION,
    /** No connection could be made. */
    UNREACHABLE,
    /** The answer fits none of the above. */
    UNDETERMINED
  }

  public static LoginTrial of(Result result, String detail, List<Evidence> evidence, Duration elapsed) {
    return new LoginTrial(result, detail, evidence, elapsed);
  }

  public static LoginTrial unreachable(String detail) {
    return new LoginTrial(Result.UNREACHABLE, detail, List.of(), Duration.ZERO);
  }

  public boolean accepted() {
    return result == Result.ACCEPTED || result == Result.NO_AUTHENTICATION;
  }
}
