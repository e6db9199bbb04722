package dev.iotcop.net.proto.mqtt;

/** The protocol levels the codec speaks; the level decides where MQTT 5 property blocks appear. */
public enum MqttVersion {
  V3_1_1(4),
  V5(5);

  private final int level;

  MqttVersion(int level) {
    this.level = level;
  }

  public int level() {
    return level;
  }
}
