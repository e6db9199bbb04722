package dev.iotcop.net.check.credentials;

import dev.iotcop.engine.evidence.Evidence;
import java.time.Duration;
import java.util.List;

/**
 * How one login attempt ended, what decided it, the evidence of the exchange (password lines flagged secret), how long
 * the service took to answer the credentials, and whether it asked for the password at all (an FTP server that only
 * allows anonymous users refuses every other user name before that).
 */
public record LoginTrial(Result result, String detail, List<Evidence> evidence, Duration elapsed, boolean passwordAsked) {
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
    return new LoginTrial(result, detail, evidence, elapsed, true);
  }

  public static LoginTrial unreachable(String detail) {
    return new LoginTrial(Result.UNREACHABLE, detail, List.of(), Duration.ZERO, false);
  }

  /** The same trial, noting that the service turned the user name down before asking for a password. */
  public LoginTrial withoutPasswordAsked() {
    return new LoginTrial(result, detail, evidence, elapsed, false);
  }

  public boolean accepted() {
    return result == Result.ACCEPTED || result == Result.NO_AUTHENTICATION;
  }
}
