package dev.iotcop.engine.check;

import java.time.Duration;

/**
 * How hard iotcop may push a device. Defaults are safe for consumer devices; {@link #gentle()} suits constrained or
 * fragile ones. Every limit is enforced by the runner, not left to each check.
 *
 * @param maxConnectionsPerDevice concurrent application sessions to one device (discovery probes excluded)
 * @param maxConnectionsPerService concurrent sessions to one service
 * @param maxLoginAttemptsPerService login attempts, successful or not, per service in one assessment
 * @param maxFailuresPerAccount failed logins per account name on one device; kept below common lockout thresholds
 * @param discoveryConcurrency connection attempts in flight during port discovery
 * @param connectTimeout time allowed for a TCP connection to be accepted
 * @param readTimeout time allowed for a reply
 * @param pauseBetweenAttempts pause after each login attempt on a service
 * @param sessionLinger how long a closed telnet, FTP or SSH session still counts against its service's cap: daemons
 *     count such a session until the process serving it has ended, a moment after the client hung up; when the device
 *     is seen closing its end of the session, the wait is cut to {@link #lingerAfterDeviceClosed()}
 * @param deadline the whole assessment of one device
 */
public record Politeness(
    int maxConnectionsPerDevice,
    int maxConnectionsPerService,
    int maxLoginAttemptsPerService,
    int maxFailuresPerAccount,
    int discoveryConcurrency,
    Duration connectTimeout,
    Duration readTimeout,
    Duration pauseBetweenAttempts,
    Duration sessionLinger,
    Duration deadline) {

  public Politeness {
    positive(maxConnectionsPerDevice, "maxConnectionsPerDevice");
    positive(maxConnectionsPerService, "maxConnectionsPerService");
    positive(maxLoginAttemptsPerService, "maxLoginAttemptsPerService");
    positive(maxFailuresPerAccount, "maxFailuresPerAccount");
    positive(discoveryConcurrency, "discoveryConcurrency");
    if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
      throw new IllegalArgumentException("timeouts must be positive");
    }
    if (pauseBetweenAttempts.isNegative() || sessionLinger.isNegative() || deadline.isNegative() || deadline.isZero()) {
      throw new IllegalArgumentException("pauses must not be negative and the deadline must be positive");
    }
  }

  /**
   * How long a session still counts after the device itself closed its end: its process has ended by then, and the
   * daemon that counts sessions (inetd, sshd's listener, vsftpd's) only has to notice. Also the longest a session waits
   * for the device to close its end after we closed ours.
   */
  public Duration lingerAfterDeviceClosed() {
    return sessionLinger.dividedBy(3);
  }

  private static void positive(int value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, was " + value);
    }
  }

  public static Politeness standard() {
    return new Politeness(6, 2, 16, 3, 1000, Duration.ofSeconds(2), Duration.ofSeconds(6), Duration.ZERO, Duration.ofMillis(300),
        Duration.ofMinutes(15));
  }

  public static Politeness gentle() {
    return new Politeness(2, 1, 8, 2, 64, Duration.ofSeconds(4), Duration.ofSeconds(12), Duration.ofMillis(750), Duration.ofSeconds(1),
        Duration.ofMinutes(45));
  }

  public Politeness withDeadline(Duration d) {
    return new Politeness(maxConnectionsPerDevice, maxConnectionsPerService, maxLoginAttemptsPerService, maxFailuresPerAccount,
        discoveryConcurrency, connectTimeout, readTimeout, pauseBetweenAttempts, sessionLinger, d);
  }

  public Politeness withConnectionCaps(int perDevice, int perService) {
    return new Politeness(perDevice, perService, maxLoginAttemptsPerService, maxFailuresPerAccount, discoveryConcurrency,
        connectTimeout, readTimeout, pauseBetweenAttempts, sessionLinger, deadline);
  }

  public Politeness withLoginBudget(int attemptsPerService, int failuresPerAccount) {
    return new Politeness(maxConnectionsPerDevice, maxConnectionsPerService, attemptsPerService, failuresPerAccount,
        discoveryConcurrency, connectTimeout, readTimeout, pauseBetweenAttempts, sessionLinger, deadline);
  }

  public Politeness withDiscoveryConcurrency(int n) {
    return new Politeness(maxConnectionsPerDevice, maxConnectionsPerService, maxLoginAttemptsPerService, maxFailuresPerAccount,
        n, connectTimeout, readTimeout, pauseBetweenAttempts, sessionLinger, deadline);
  }

  public Politeness withTimeouts(Duration connect, Duration read) {
    return new Politeness(maxConnectionsPerDevice, maxConnectionsPerService, maxLoginAttemptsPerService, maxFailuresPerAccount,
        discoveryConcurrency, connect, read, pauseBetweenAttempts, sessionLinger, deadline);
  }

  public Politeness withPause(Duration pause) {
    return new Politeness(maxConnectionsPerDevice, maxConnectionsPerService, maxLoginAttemptsPerService, maxFailuresPerAccount,
        discoveryConcurrency, connectTimeout, readTimeout, pause, sessionLinger, deadline);
  }

  public Politeness withSessionLinger(Duration linger) {
    return new Politeness(maxConnectionsPerDevice, maxConnectionsPerService, maxLoginAttemptsPerService, maxFailuresPerAccount,
        discoveryConcurrency, connectTimeout, readTimeout, pauseBetweenAttempts, linger, deadline);
  }
}
