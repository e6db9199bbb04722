package dev.iotcop.net.check.credentials;

import dev.iotcop.engine.Subject;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.engine.fact.ServiceFact;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Keeps failed logins per account within the politeness cap across all login services of a device, not only per
 * service: devices usually share one account database between telnet, SSH, FTP and the web interface, and their lockout
 * counters (pam_faillock, for one) count failures from all of them together.
 */
final class AccountBudget {
  /** Protocols whose logins may share accounts on one device. */
  static final Set<String> LOGIN_PROTOCOLS = Set.of("telnet", "ssh", "ftp", "ftps", "http", "https", "mqtt", "mqtts", "rtsp");

  private AccountBudget() {}

  /** Whether one more failed login for {@code account} on {@code service} stays within the cap device-wide. */
  static boolean allows(CheckContext ctx, Subject.Service service, String account) {
    if (ctx.logins().failuresLeft(service, account) <= 0) {
      return false;
    }
    return failuresOnDevice(ctx, service, account) < ctx.politeness().maxFailuresPerAccount();
  }

  /** Failed or pending logins for the account on every known login service of the device. */
  static int failuresOnDevice(CheckContext ctx, Subject.Service service, String account) {
    int cap = ctx.politeness().maxFailuresPerAccount();
    Set<Subject.Service> services = new LinkedHashSet<>();
    services.add(service);
    for (ServiceFact f : ctx.facts().all(ServiceFact.class)) {
      Subject.Service s = f.service();
      if (s.address().equals(service.address()) && LOGIN_PROTOCOLS.contains(s.protocol())) {
        services.add(s);
      }
    }
    int used = 0;
    for (Subject.Service s : services) {
      used += Math.max(0, cap - ctx.logins().failuresLeft(s, account));
    }
    return used;
  }
}
