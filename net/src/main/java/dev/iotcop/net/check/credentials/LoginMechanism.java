package dev.iotcop.net.check.credentials;

import dev.iotcop.engine.check.CheckContext;

/**
 * One way of logging in to one service (a telnet dialog, an SSH password request, an HTTP Basic header, ...). Each
 * {@link #attempt} is a single try on a fresh connection within the context's gate and timeouts; budgets and pauses
 * are the caller's business. Implementations may keep per-run state, so a mechanism belongs to one check run.
 */
interface LoginMechanism extends AutoCloseable {
  /** A short stable name, e.g. {@code telnet}, {@code http-basic}; recorded in {@link AuthenticationFact}. */
  String name();

  /** Where on the service the login lives, e.g. an HTTP path; empty when the service has only one. */
  default String location() {
    return "";
  }

  LoginTrial attempt(CheckContext ctx, Credential credential) throws InterruptedException;

  /** True when the service asked for a password only, so pairs that differ only in the user name are the same guess. */
  default boolean ignoresUsername() {
    return false;
  }

  /**
   * True when attempts after the first share no changing state, so several may run side by side on separate
   * connections. The first attempt (the control) always runs alone.
   */
  default boolean allowsConcurrentAttempts() {
    return false;
  }

  /** Confidence that an ACCEPTED trial really is a login, for the finding that reports it. */
  default dev.iotcop.engine.Confidence acceptanceConfidence() {
    return dev.iotcop.engine.Confidence.HIGH;
  }

  @Override
  default void close() {}
}
