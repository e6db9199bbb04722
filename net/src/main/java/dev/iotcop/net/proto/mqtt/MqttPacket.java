package dev.iotcop.net.proto.mqtt;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The MQTT control packets iotcop sends or reads; every other packet type is kept as {@link Other}. */
public sealed interface MqttPacket {
  int CONNECT = 1;
  int CONNACK = 2;
  int PUBLISH = 3;
  int PUBACK = 4;
  int SUBSCRIBE = 8;
  int SUBACK = 9;
  int PINGREQ = 12;
  int PINGRESP = 13;
  int DISCONNECT = 14;

  /** The packet type number of the fixed header. */
  int type();

  /** A last-will message registered with CONNECT. */
  record Will(String topic, byte[] payload, int qos, boolean retain) {
    public Will {
      Objects.requireNonNull(topic, "topic");
      payload = payload.clone();
      requireQos(qos);
    }

    @Override
    public byte[] payload() {
      return payload.clone();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Will w && topic.equals(w.topic) && Arrays.equals(payload, w.payload) && qos == w.qos
          && retain == w.retain;
    }

    @Override
    public int hashCode() {
      return Objects.hash(topic, Arrays.hashCode(payload), qos, retain);
    }
  }

  /** CONNECT; the password is sent as UTF-8 bytes. MQTT 5 properties are sent empty. */
  record Connect(MqttVersion version, String clientId, boolean cleanSession, int keepAliveSeconds,
      Optional<String> username, Optional<String> password, Optional<Will> will) implements MqttPacket {
    public Connect {
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(clientId, "clientId");
      if (keepAliveSeconds < 0 || keepAliveSeconds > 0xFFFF) {
        throw new IllegalArgumentException("keep-alive must fit in 16 bits");
      }
      Objects.requireNonNull(username, "username");
      Objects.requireNonNull(password, "password");
      Objects.requireNonNull(will, "will");
    }

    public static Connect anonymous(MqttVersion version, String clientId) {
      return new Connect(version, clientId, true, 30, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static Connect withCredentials(MqttVersion version, String clientId, String username, String password) {
      return new Connect(version, clientId, true, 30, Optional.of(username), Optional.of(password), Optional.empty());
    }

    @Override
    public int type() {
      return CONNECT;
    }

    @Override
    public String toString() {
      return "Connect[" + version + ", clientId=" + clientId + ", username=" + username.orElse("-")
          + ", password=" + (password.isPresent() ? "(set)" : "-") + "]";
    }
  }

  /**
   * CONNACK. {@code code} is the 3.1.1 return code or the MQTT 5 reason code, depending on the protocol level the
   * client asked for.
   */
  record Connack(boolean sessionPresent, int code) implements MqttPacket {
    public Connack {
      if (code < 0 || code > 0xFF) {
        throw new IllegalArgumentException("code must fit in a byte");
      }
    }

    public boolean accepted() {
      return code == 0;
    }

    public Optional<ConnectReturnCode> returnCode() {
      return ConnectReturnCode.fromCode(code);
    }

    public Optional<ConnackReasonCode> reasonCode() {
      return ConnackReasonCode.fromCode(code);
    }

    @Override
    public int type() {
      return CONNACK;
    }
  }

  /** PUBLISH; {@code packetId} is 0 for QoS 0, where no identifier is on the wire. */
  record Publish(String topic, byte[] payload, int qos, boolean retain, boolean duplicate, int packetId)
      implements MqttPacket {
    public Publish {
      Objects.requireNonNull(topic, "topic");
      payload = payload.clone();
      requireQos(qos);
      if (qos == 0 ? packetId != 0 : packetId < 1 || packetId > 0xFFFF) {
        throw new IllegalArgumentException("packet id " + packetId + " does not suit QoS " + qos);
      }
    }

    public static Publish atMostOnce(String topic, byte[] payload) {
      return new Publish(topic, payload, 0, false, false, 0);
    }

    @Override
    public byte[] payload() {
      return payload.clone();
    }

    public String payloadText() {
      return new String(payload, StandardCharsets.UTF_8);
    }

    @Override
    public int type() {
      return PUBLISH;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Publish p && topic.equals(p.topic) && Arrays.equals(payload, p.payload) && qos == p.qos
          && retain == p.retain && duplicate == p.duplicate && packetId == p.packetId;
    }

    @Override
    public int hashCode() {
      return Objects.hash(topic, Arrays.hashCode(payload), qos, retain, duplicate, packetId);
    }

    @Override
    public String toString() {
      return "Publish[" + topic + ", " + payload.length + " bytes, qos=" + qos + (retain ? ", retained" : "") + "]";
    }
  }

  record Puback(int packetId) implements MqttPacket {
    public Puback {
      requirePacketId(packetId);
    }

    @Override
    public int type() {
      return PUBACK;
    }
  }

  record Subscription(String topicFilter, int qos) {
    public Subscription {
      Objects.requireNonNull(topicFilter, "topicFilter");
      requireQos(qos);
    }
  }

  record Subscribe(int packetId, List<Subscription> subscriptions) implements MqttPacket {
    public Subscribe {
      requirePacketId(packetId);
      subscriptions = List.copyOf(subscriptions);
      if (subscriptions.isEmpty()) {
        throw new IllegalArgumentException("SUBSCRIBE needs at least one topic filter");
      }
    }

    @Override
    public int type() {
      return SUBSCRIBE;
    }
  }

  /** SUBACK: per filter the granted QoS (0 to 2) or a failure code (0x80 and up). */
  record Suback(int packetId, List<Integer> codes) implements MqttPacket {
    public Suback {
      requirePacketId(packetId);
      codes = List.copyOf(codes);
      for (int code : codes) {
        if (code < 0 || code > 0xFF) {
          throw new IllegalArgumentException("code must fit in a byte");
        }
      }
    }

    public boolean granted(int index) {
      return codes.get(index) < 0x80;
    }

    @Override
    public int type() {
      return SUBACK;
    }
  }

  record Pingreq() implements MqttPacket {
    @Override
    public int type() {
      return PINGREQ;
    }
  }

  record Pingresp() implements MqttPacket {
    @Override
    public int type() {
      return PINGRESP;
    }
  }

  /** DISCONNECT; MQTT 5 may carry a reason code (0 is a normal disconnection). */
  record Disconnect(int reasonCode) implements MqttPacket {
    public Disconnect {
      if (reasonCode < 0 || reasonCode > 0xFF) {
        throw new IllegalArgumentException("reason code must fit in a byte");
      }
    }

    @Override
    public int type() {
      return DISCONNECT;
    }
  }

  /** Any other packet type (PUBREC, UNSUBACK, AUTH, ...), kept with its flags and raw body. */
  record Other(int type, int flags, byte[] body) implements MqttPacket {
    public Other {
      if (type < 1 || type > 15 || isModelled(type)) {
        throw new IllegalArgumentException("type " + type + " has its own record");
      }
      if (flags < 0 || flags > 15) {
        throw new IllegalArgumentException("flags are four bits");
      }
      body = body.clone();
    }

    @Override
    public byte[] body() {
      return body.clone();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Other o && type == o.type && flags == o.flags && Arrays.equals(body, o.body);
    }

    @Override
    public int hashCode() {
      return Objects.hash(type, flags, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
      return "Other[type=" + type + ", flags=" + flags + ", body=" + HexFormat.of().formatHex(body) + "]";
    }
  }

  static boolean isModelled(int type) {
    return switch (type) {
      case CONNECT, CONNACK, PUBLISH, PUBACK, SUBSCRIBE, SUBACK, PINGREQ, PINGRESP, DISCONNECT -> true;
      default -> false;
    };
  }

  private static void requireQos(int qos) {
    if (qos < 0 || qos > 2) {
      throw new IllegalArgumentException("QoS is 0, 1 or 2");
    }
  }

  private static void requirePacketId(int packetId) {
    if (packetId < 1 || packetId > 0xFFFF) {
      throw new IllegalArgumentException("packet id must be 1 to 65535");
    }
  }
}
