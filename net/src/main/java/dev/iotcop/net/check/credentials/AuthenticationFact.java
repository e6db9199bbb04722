package dev.iotcop.net.check.credentials;

import dev.iotcop.engine.Subject;
import dev.iotcop.engine.fact.Fact;

/**
 * A login that a default-credentials check found working as it should: it asks for credentials and turned down a
 * random wrong password. {@code mechanism} names how to log in ({@code telnet}, {@code ssh-password},
 * {@code http-basic}, ...), {@code location} where (an HTTP path; empty when there is one login per service). The
 * guessing-resistance check runs on these.
 */
public record AuthenticationFact(Subject.Service service, String mechanism, String location) implements Fact {}
