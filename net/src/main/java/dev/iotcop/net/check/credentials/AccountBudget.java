package dev.iotcop.net.check.credentials;

import dev.iotcop.engine.Subject;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.engine.fact.Facts;
import dev.iotcop.engine.fact.ServiceFact;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Shares the failed-login cap per account between the login services of a device that are likely to share one account
 * database: telnet, SSH and FTP usually check the same system accounts (and a lockout counter such as pam_faillock
 * counts failures from all of them together), the web ports share the web interface's accounts, and so on. Each of the
 * k services of such a group may charge an account with {@code max(1, cap / k)} failures, so an account sees at most
 * {@code max(cap, k)} failures on the whole device. The share is fixed from the known services, not first come first
 * served, so every service gets to try its most likely pairs whatever order the checks run in.
 */
final class AccountBudget {
  /** Services whose logins usually share accounts, by protocol. */
  static final Map<String, String> GROUPS = Map.of("telnet", "system", "ssh", "system", "ftp", "system", "ftps", "system",
      "http", "web", "https", "web", "mqtt", "mqtt", "mqtts", "mqtt", "rtsp", "rtsp");

  private AccountBudget() {}

  /** Whether one more failed login for {@code account} on {@code service} stays within its share. */
  static boolean allows(CheckContext ctx, Subject.Service service, String account) {
    return ctx.logins().failuresLeft(service, account) > 0 && ctx.logins().failuresOn(service, account) < share(ctx, service);
  }

  /** Failed logins per account this service may use: the cap divided among the services of its group, at least 1. */
  static int share(CheckContext ctx, Subject.Service service) {
    return share(ctx.facts(), ctx.politeness().maxFailuresPerAccount(), service);
  }

  /**
   * Whether {@code known} already fixes the share of {@code service} for good: it belongs to no group, or its share is
   * at the floor of 1, which services found later cannot lower.
   */
  static boolean settled(Facts known, int cap, Subject.Service service) {
    return !GROUPS.containsKey(service.protocol()) || share(known, cap, service) == 1;
  }

  private static int share(Facts facts, int cap, Subject.Service service) {
    Optional<String> group = Optional.ofNullable(GROUPS.get(service.protocol()));
    Set<Subject.Service> sharing = new LinkedHashSet<>();
    sharing.add(service);
    if (group.isPresent()) {
      for (ServiceFact f : facts.all(ServiceFact.class)) {
        Subject.Service s = f.service();
        if (s.address().equals(service.address()) && group.get().equals(GROUPS.get(s.protocol()))) {
          sharing.add(s);
        }
      }
    }
    return Math.max(1, cap / sharing.size());
  }
}
