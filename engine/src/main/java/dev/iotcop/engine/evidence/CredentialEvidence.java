package dev.iotcop.engine.evidence;

/**
 * A login attempt's outcome on a service: the user name, the password (a {@link Secret}), whether it was accepted,
 * and what proved it (e.g. a shell prompt, CONNACK return code 0).
 */
public record CredentialEvidence(String username, Secret password, boolean accepted, String proof) implements Evidence {
  @Override
  public String type() {
    return "credential";
  }
}
