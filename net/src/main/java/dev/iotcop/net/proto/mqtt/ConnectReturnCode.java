package dev.iotcop.net.proto.mqtt;

import java.util.Optional;

/** The CONNACK return codes of MQTT 3.1.1. */
public enum ConnectReturnCode {
  ACCEPTED,
  UNACCEPTABLE_PROTOCOL_VERSION,
  IDENTIFIER_REJECTED,
  SERVER_UNAVAILABLE,
  BAD_USERNAME_OR_PASSWORD,
  NOT_AUTHORIZED;

  public int code() {
    return ordinal();
  }

  public static Optional<ConnectReturnCode> fromCode(int code) {
    return code >= 0 && code < values().length ? Optional.of(values()[code]) : Optional.empty();
  }
}
