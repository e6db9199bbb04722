package dev.iotcop.engine.run;

import dev.iotcop.engine.Subject;
import dev.iotcop.engine.check.LoginBudget;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The login budget of one assessment. Thread-safe; every check of the assessment shares it. Failed logins count per
 * account across every service of the device, because devices usually share one account database among telnet, SSH
 * and FTP and lock an account on the failures of all of them.
 */
public final class AssessmentLoginBudget implements LoginBudget {
  private final int attemptsPerService;
  private final int failuresPerAccount;
  private final Map<String, Integer> attempts = new HashMap<>();
  private final Map<String, Integer> failures = new HashMap<>();
  private final Map<String, Integer> serviceFailures = new HashMap<>();
  private final Map<String, Integer> servicePending = new HashMap<>();
  private final Map<String, Integer> pending = new HashMap<>();
  private final Map<String, String> lockouts = new HashMap<>();

  public AssessmentLoginBudget(int attemptsPerService, int failuresPerAccount) {
    this.attemptsPerService = attemptsPerService;
    this.failuresPerAccount = failuresPerAccount;
  }

  private static String key(Subject.Service s) {
    return s.endpoint() + "/" + s.transport();
  }

  private static String account(Subject.Service s, String account) {
    return s.address() + "|" + account;
  }

  @Override
  public synchronized Optional<String> reserve(Subject.Service service, String account) {
    String k = key(service);
    if (lockouts.containsKey(k)) {
      return Optional.of("lockout or throttling seen: " + lockouts.get(k));
    }
    if (attempts.getOrDefault(k, 0) >= attemptsPerService) {
      return Optional.of("login attempt budget of " + attemptsPerService + " for this service is spent");
    }
    String a = account(service, account);
    // Count reservations still in flight as possible failures so concurrent checks cannot overrun the account cap.
    if (failures.getOrDefault(a, 0) + pending.getOrDefault(a, 0) >= failuresPerAccount) {
      return Optional.of("failed-login budget of " + failuresPerAccount + " for account '" + account + "' is spent");
    }
    attempts.merge(k, 1, Integer::sum);
    pending.merge(a, 1, Integer::sum);
    servicePending.merge(k + "|" + account, 1, Integer::sum);
    return Optional.empty();
  }

  @Override
  public synchronized void record(Subject.Service service, String account, boolean succeeded) {
    String a = account(service, account);
    pending.computeIfPresent(a, (x, n) -> n > 1 ? n - 1 : null);
    servicePending.computeIfPresent(key(service) + "|" + account, (x, n) -> n > 1 ? n - 1 : null);
    if (!succeeded) {
      failures.merge(a, 1, Integer::sum);
      serviceFailures.merge(key(service) + "|" + account, 1, Integer::sum);
    }
  }

  @Override
  public synchronized void lockoutSeen(Subject.Service service, String reason) {
    lockouts.putIfAbsent(key(service), reason);
  }

  @Override
  public synchronized Optional<String> lockout(Subject.Service service) {
    return Optional.ofNullable(lockouts.get(key(service)));
  }

  @Override
  public synchronized int failuresLeft(Subject.Service service, String account) {
    String a = account(service, account);
    return Math.max(0, failuresPerAccount - failures.getOrDefault(a, 0) - pending.getOrDefault(a, 0));
  }

  @Override
  public synchronized int failuresOn(Subject.Service service, String account) {
    String k = key(service) + "|" + account;
    return serviceFailures.getOrDefault(k, 0) + servicePending.getOrDefault(k, 0);
  }

  public synchronized int attemptsMade(Subject.Service service) {
    return attempts.getOrDefault(key(service), 0);
  }
}
