package dev.iotcop.engine.check;

import dev.iotcop.engine.Subject;
import java.util.Optional;

/**
 * Keeps login attempts within the politeness budget for each service and each account of the device, shared by every
 * check of one
 * assessment, and remembers services where a lockout was seen so no check hammers on them.
 */
public interface LoginBudget {
  /** Reserves one attempt; empty when allowed, otherwise the reason it is refused (budget spent, lockout seen). */
  Optional<String> reserve(Subject.Service service, String account);

  /** Records the result of an attempt made under a reservation. */
  void record(Subject.Service service, String account, boolean succeeded);

  /** Marks a service as showing lockout or throttling; later reservations for it are refused. */
  void lockoutSeen(Subject.Service service, String reason);

  Optional<String> lockout(Subject.Service service);

  /** Failed attempts left for an account before the per-account cap, counted over every service of the device. */
  int failuresLeft(Subject.Service service, String account);

  /** Failed attempts for an account on this one service, counting attempts still in flight as possible failures. */
  int failuresOn(Subject.Service service, String account);
}
