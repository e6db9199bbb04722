package dev.iotcop.cli.assess;

import dev.iotcop.cli.UserError;
import dev.iotcop.engine.check.Politeness;
import picocli.CommandLine.Option;

/** How hard an assessment may push devices; defaults are safe, {@code --gentle} is for constrained or fragile devices. */
public final class PolitenessOptions {
  @Option(names = "--gentle", description = "Be gentle with constrained or fragile devices: fewer connections, slower, fewer logins.")
  boolean gentle;

  @Option(names = "--max-connections", paramLabel = "N", description = "Sessions open at once to one device (default 6, gentle 2).")
  Integer maxConnections;

  @Option(names = "--max-service-connections", paramLabel = "N", description = "Sessions open at once to one service (default 2, gentle 1).")
  Integer maxServiceConnections;

  @Option(names = "--max-login-attempts", paramLabel = "N", description = "Login attempts per service (default 16, gentle 8).")
  Integer maxLoginAttempts;

  @Option(names = "--max-account-failures", paramLabel = "N", description = "Failed logins per account per service (default 3, gentle 2).")
  Integer maxAccountFailures;

  @Option(names = "--discovery-concurrency", paramLabel = "N", description = "Port probes in flight (default 1000, gentle 64).")
  Integer discoveryConcurrency;

  @Option(names = "--connect-timeout", paramLabel = "DURATION", description = "e.g. 2s or 500ms (default 2s, gentle 4s).")
  String connectTimeout;

  @Option(names = "--read-timeout", paramLabel = "DURATION", description = "Time allowed for a reply (default 6s, gentle 12s).")
  String readTimeout;

  @Option(names = "--pause", paramLabel = "DURATION", description = "Pause after each login attempt (default 0, gentle 750ms).")
  String pause;

  @Option(names = "--session-linger", paramLabel = "DURATION",
      description = "How long a closed telnet, FTP or SSH session still counts against its service's cap (default 300ms, gentle 1s).")
  String linger;

  @Option(names = "--deadline", paramLabel = "DURATION", description = "Most time for one device (default 15m, gentle 45m).")
  String deadline;

  public Politeness politeness() {
    Politeness p = gentle ? Politeness.gentle() : Politeness.standard();
    try {
      if (maxConnections != null || maxServiceConnections != null) {
        p = p.withConnectionCaps(maxConnections != null ? maxConnections : p.maxConnectionsPerDevice(),
            maxServiceConnections != null ? maxServiceConnections : p.maxConnectionsPerService());
      }
      if (maxLoginAttempts != null || maxAccountFailures != null) {
        p = p.withLoginBudget(maxLoginAttempts != null ? maxLoginAttempts : p.maxLoginAttemptsPerService(),
            maxAccountFailures != null ? maxAccountFailures : p.maxFailuresPerAccount());
      }
      if (discoveryConcurrency != null) {
        p = p.withDiscoveryConcurrency(discoveryConcurrency);
      }
      if (connectTimeout != null || readTimeout != null) {
        p = p.withTimeouts(connectTimeout != null ? Durations.parse("--connect-timeout", connectTimeout) : p.connectTimeout(),
            readTimeout != null ? Durations.parse("--read-timeout", readTimeout) : p.readTimeout());
      }
      if (pause != null) {
        p = p.withPause(Durations.parse("--pause", pause));
      }
      if (linger != null) {
        p = p.withSessionLinger(Durations.parse("--session-linger", linger));
      }
      if (deadline != null) {
        p = p.withDeadline(Durations.parse("--deadline", deadline));
      }
    } catch (IllegalArgumentException e) {
      throw new UserError("cli.assess.error.bad-politeness", e.getMessage());
    }
    return p;
  }
}
