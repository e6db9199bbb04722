package dev.iotcop.net.proto.mqtt;

/** What came back after CONNECT. */
public sealed interface ConnectResult {

  /** The broker answered with a CONNACK; see {@link MqttPacket.Connack#accepted()}. */
  record Acknowledged(MqttPacket.Connack connack) implements ConnectResult {}

  /** The broker closed the connection without a CONNACK (some refuse unknown protocol levels or clients this way). */
  record ClosedWithoutConnack() implements ConnectResult {}

  /** Nothing arrived in time. */
  record NoReply() implements ConnectResult {}

  /** The first packet was not a CONNACK, or was malformed. */
  record Unexpected(String description) implements ConnectResult {}
}
