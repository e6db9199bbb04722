package dev.iotcop.net.proto.mqtt;

import java.util.Optional;

/** The CONNACK reason codes of MQTT 5.0. */
public enum ConnackReasonCode {
  SUCCESS(0x00),
  UNSPECIFIED_ERROR(0x80),
  MALFORMED_PACKET(0x81),
  PROTOCOL_ERROR(0x82),
  IMPLEMENTATION_SPECIFIC_ERROR(0x83),
  UNSUPPORTED_PROTOCOL_VERSION(0x84),
  CLIENT_IDENTIFIER_NOT_VALID(0x85),
  BAD_USER_NAME_OR_PASSWORD(0x86),
  NOT_AUTHORIZED(0x87),
  SERVER_UNAVAILABLE(0x88),
  SERVER_BUSY(0x89),
  BANNED(0x8A),
  BAD_AUTHENTICATION_METHOD(0x8C),
  TOPIC_NAME_INVALID(0x90),
  PACKET_TOO_LARGE(0x95),
  QUOTA_EXCEEDED(0x97),
  PAYLOAD_FORMAT_INVALID(0x99),
  RETAIN_NOT_SUPPORTED(0x9A),
  QOS_NOT_SUPPORTED(0x9B),
  USE_ANOTHER_SERVER(0x9C),
  SERVER_MOVED(0x9D),
  CONNECTION_RATE_EXCEEDED(0x9F);

  private final int code;

  ConnackReasonCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  public static Optional<ConnackReasonCode> fromCode(int code) {
    for (ConnackReasonCode reason : values()) {
      if (reason.code == code) {
        return Optional.of(reason);
      }
    }
    return Optional.empty();
  }
}
