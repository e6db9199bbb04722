package dev.iotcop.net.check.credentials;

import dev.iotcop.engine.Subject;
import dev.iotcop.engine.fact.Fact;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A login that a default-credentials check found working as it should: it asks for credentials and turned down a
 * random wrong password. {@code mechanism} names how to log in ({@code telnet}, {@code ssh-password},
 * {@code http-basic}, ...), {@code location} where (an HTTP path; empty when there is one login per service).
 * {@code refusals} are how long each wrong login of that check took to be turned down, in the order the answers came,
 * so the guessing-resistance check that runs on this login need not send more wrong logins to see what was already
 * measured. {@code loginAccepted} says a default pair got in after them: a device may forget earlier failures on a
 * success, so those refusals do not begin an unbroken run of failures.
 */
public record AuthenticationFact(Subject.Service service, String mechanism, String location, List<Duration> refusals,
    boolean loginAccepted) implements Fact {
  public AuthenticationFact {
    refusals = List.copyOf(refusals);
  }

  /** A login whose refusal times nobody measured. */
  public AuthenticationFact(Subject.Service service, String mechanism, String location) {
    this(service, mechanism, location, List.of(), false);
  }

  /** Refusals measured in a trial in which nothing got in. */
  public AuthenticationFact(Subject.Service service, String mechanism, String location, List<Duration> refusals) {
    this(service, mechanism, location, refusals, false);
  }

  @Override
  public Optional<Subject.Service> concerning() {
    return Optional.of(service);
  }
}
