package dev.iotcop.net.proto.mqtt;

/** Bytes that are not a well-formed MQTT control packet, or a packet larger than the reader allows. */
public final class MqttFormatException extends Exception {
  public MqttFormatException(String message) {
    super(message);
  }
}
