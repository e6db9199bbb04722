package dev.iotcop.net.proto.snmp;

import dev.iotcop.net.proto.Octets;
import java.util.Objects;

/**
 * The User-based Security Model parameters of an SNMPv3 message (RFC 3414 section 2.4): the authoritative engine's
 * id, boot count and time, the user name, and the authentication and privacy parameters. An engine discovery request
 * leaves every field empty or zero; the agent's Report fills in its engine id, boots and time.
 */
public record UsmSecurityParameters(
    Octets engineId,
    int engineBoots,
    int engineTime,
    Octets userName,
    Octets authenticationParameters,
    Octets privacyParameters) {

  /** Engine ids are 5 to 32 octets (RFC 3411); an empty one is what a discovery request carries. */
  public static final int MAX_ENGINE_ID = 32;
  public static final int MAX_USER_NAME = 32;
  /** Generous bounds for the authentication and privacy fields (HMAC-SHA-512 truncations and salts are far shorter). */
  public static final int MAX_PARAMETER_BYTES = 64;

  public UsmSecurityParameters {
    Objects.requireNonNull(engineId, "engineId");
    Objects.requireNonNull(userName, "userName");
    Objects.requireNonNull(authenticationParameters, "authenticationParameters");
    Objects.requireNonNull(privacyParameters, "privacyParameters");
    if (engineId.length() > MAX_ENGINE_ID || userName.length() > MAX_USER_NAME
        || authenticationParameters.length() > MAX_PARAMETER_BYTES || privacyParameters.length() > MAX_PARAMETER_BYTES) {
      throw new IllegalArgumentException("USM field longer than allowed");
    }
    if (engineBoots < 0 || engineTime < 0) {
      throw new IllegalArgumentException("engine boots and time are not negative");
    }
  }

  /** The all-empty parameters of an engine discovery request. */
  public static UsmSecurityParameters discovery() {
    return new UsmSecurityParameters(Octets.empty(), 0, 0, Octets.empty(), Octets.empty(), Octets.empty());
  }
}
