package dev.iotcop.net.proto.mqtt;

import dev.iotcop.net.proto.mqtt.MqttPacket.Connack;
import dev.iotcop.net.proto.mqtt.MqttPacket.Connect;
import dev.iotcop.net.proto.mqtt.MqttPacket.Disconnect;
import dev.iotcop.net.proto.mqtt.MqttPacket.Other;
import dev.iotcop.net.proto.mqtt.MqttPacket.Pingreq;
import dev.iotcop.net.proto.mqtt.MqttPacket.Pingresp;
import dev.iotcop.net.proto.mqtt.MqttPacket.Puback;
import dev.iotcop.net.proto.mqtt.MqttPacket.Publish;
import dev.iotcop.net.proto.mqtt.MqttPacket.Subscribe;
import dev.iotcop.net.proto.mqtt.MqttPacket.Suback;
import dev.iotcop.net.proto.mqtt.MqttPacket.Subscription;
import dev.iotcop.net.proto.mqtt.MqttPacket.Will;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Encodes and decodes MQTT 3.1.1 and 5.0 control packets. MQTT 5 property blocks are written empty and skipped on
 * reading. Decoding needs the protocol level the connection uses, since the property blocks only exist in MQTT 5.
 */
public final class MqttCodec {
  /** The largest Remaining Length the four-byte variable integer can express. */
  public static final int MAX_REMAINING_LENGTH = 268_435_455;

  private MqttCodec() {}

  public static byte[] encode(MqttPacket packet, MqttVersion version) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    int flags = 0;
    switch (packet) {
      case Connect c -> connectBody(body, c);
      case Connack c -> {
        body.write(c.sessionPresent() ? 1 : 0);
        body.write(c.code());
        if (version == MqttVersion.V5) {
          body.write(0);
        }
      }
      case Publish p -> {
        flags = (p.duplicate() ? 8 : 0) | (p.qos() << 1) | (p.retain() ? 1 : 0);
        string(body, p.topic());
        if (p.qos() > 0) {
          twoBytes(body, p.packetId());
        }
        if (version == MqttVersion.V5) {
          body.write(0);
        }
        body.writeBytes(p.payload());
      }
      case Puback p -> twoBytes(body, p.packetId());
      case Subscribe s -> {
        flags = 2;
        twoBytes(body, s.packetId());
        if (version == MqttVersion.V5) {
          body.write(0);
        }
        for (Subscription subscription : s.subscriptions()) {
          string(body, subscription.topicFilter());
          body.write(subscription.qos());
        }
      }
      case Suback s -> {
        twoBytes(body, s.packetId());
        if (version == MqttVersion.V5) {
          body.write(0);
        }
        s.codes().forEach(body::write);
      }
      case Pingreq p -> { }
      case Pingresp p -> { }
      case Disconnect d -> {
        if (version == MqttVersion.V5 && d.reasonCode() != 0) {
          body.write(d.reasonCode());
        }
      }
      case Other o -> {
        flags = o.flags();
        body.writeBytes(o.body());
      }
    }
    if (body.size() > MAX_REMAINING_LENGTH) {
      throw new IllegalArgumentException("packet too large for MQTT");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.size() + 5);
    out.write((packet.type() << 4) | flags);
    writeVariableInteger(out, body.size());
    out.writeBytes(body.toByteArray());
    return out.toByteArray();
  }

  private static void connectBody(ByteArrayOutputStream body, Connect c) {
    string(body, "MQTT");
    body.write(c.version().level());
    int flags = (c.cleanSession() ? 0x02 : 0)
        | c.will().map(w -> 0x04 | (w.qos() << 3) | (w.retain() ? 0x20 : 0)).orElse(0)
        | (c.password().isPresent() ? 0x40 : 0)
        | (c.username().isPresent() ? 0x80 : 0);
    body.write(flags);
    twoBytes(body, c.keepAliveSeconds());
    if (c.version() == MqttVersion.V5) {
      body.write(0);
    }
    string(body, c.clientId());
    c.will().ifPresent(w -> {
      if (c.version() == MqttVersion.V5) {
        body.write(0);
      }
      string(body, w.topic());
      binary(body, w.payload());
    });
    c.username().ifPresent(u -> string(body, u));
    c.password().ifPresent(p -> binary(body, p.getBytes(StandardCharsets.UTF_8)));
  }

  static void writeVariableInteger(ByteArrayOutputStream out, int value) {
    int rest = value;
    do {
      int digit = rest % 128;
      rest /= 128;
      out.write(rest > 0 ? digit | 0x80 : digit);
    } while (rest > 0);
  }

  private static void string(ByteArrayOutputStream out, String text) {
    binary(out, text.getBytes(StandardCharsets.UTF_8));
  }

  private static void binary(ByteArrayOutputStream out, byte[] bytes) {
    if (bytes.length > 0xFFFF) {
      throw new IllegalArgumentException("MQTT strings and binary fields hold at most 65535 bytes");
    }
    twoBytes(out, bytes.length);
    out.writeBytes(bytes);
  }

  private static void twoBytes(ByteArrayOutputStream out, int value) {
    out.write(value >>> 8);
    out.write(value);
  }

  /** Decodes one complete packet: fixed header, Remaining Length and exactly that many bytes. */
  public static MqttPacket decode(byte[] packet, MqttVersion version) throws MqttFormatException {
    if (packet.length < 2) {
      throw new MqttFormatException("a packet has at least two bytes");
    }
    Cursor header = new Cursor(packet, 1, packet.length);
    int remaining = header.variableInteger();
    if (remaining != header.remaining()) {
      throw new MqttFormatException("Remaining Length " + remaining + " but " + header.remaining() + " bytes follow");
    }
    return decodeBody(packet[0] & 0xFF, Arrays.copyOfRange(packet, header.position, packet.length), version);
  }

  /**
   * Reads one packet from a stream. A Remaining Length above {@code maxPacketBytes} is refused before anything is
   * allocated for it.
   *
   * @throws EOFException when the stream ends before or inside a packet
   */
  public static MqttPacket read(InputStream in, MqttVersion version, int maxPacketBytes)
      throws IOException, MqttFormatException {
    int first = in.read();
    if (first < 0) {
      throw new EOFException("connection closed");
    }
    int length = 0;
    for (int i = 0; ; i++) {
      if (i == 4) {
        throw new MqttFormatException("Remaining Length longer than four bytes");
      }
      int b = in.read();
      if (b < 0) {
        throw new EOFException("connection closed inside a fixed header");
      }
      length |= (b & 0x7F) << (7 * i);
      if ((b & 0x80) == 0) {
        break;
      }
    }
    if (length > maxPacketBytes) {
      throw new MqttFormatException("packet of " + length + " bytes exceeds the limit of " + maxPacketBytes);
    }
    byte[] body = in.readNBytes(length);
    if (body.length < length) {
      throw new EOFException("connection closed inside a packet");
    }
    return decodeBody(first, body, version);
  }

  private static MqttPacket decodeBody(int firstByte, byte[] body, MqttVersion version) throws MqttFormatException {
    int type = firstByte >>> 4;
    int flags = firstByte & 0x0F;
    Cursor in = new Cursor(body, 0, body.length);
    boolean v5 = version == MqttVersion.V5;
    MqttPacket packet = switch (type) {
      case 0 -> throw new MqttFormatException("packet type 0 is reserved");
      case MqttPacket.CONNECT -> {
        requireFlags(type, flags, 0);
        yield connect(in);
      }
      case MqttPacket.CONNACK -> {
        requireFlags(type, flags, 0);
        int acknowledge = in.u8();
        if ((acknowledge & 0xFE) != 0) {
          throw new MqttFormatException("reserved CONNACK flags set");
        }
        int code = in.u8();
        in.skipRest();
        yield new Connack((acknowledge & 1) == 1, code);
      }
      case MqttPacket.PUBLISH -> publish(in, flags, v5);
      case MqttPacket.PUBACK -> {
        requireFlags(type, flags, 0);
        int id = in.packetId();
        in.skipRest();
        yield new Puback(id);
      }
      case MqttPacket.SUBSCRIBE -> {
        requireFlags(type, flags, 2);
        yield subscribe(in, v5);
      }
      case MqttPacket.SUBACK -> {
        requireFlags(type, flags, 0);
        int id = in.packetId();
        if (v5) {
          in.skipProperties();
        }
        List<Integer> codes = new ArrayList<>();
        while (in.remaining() > 0) {
          codes.add(in.u8());
        }
        yield new Suback(id, codes);
      }
      case MqttPacket.PINGREQ -> {
        requireFlags(type, flags, 0);
        in.requireEnd();
        yield new Pingreq();
      }
      case MqttPacket.PINGRESP -> {
        requireFlags(type, flags, 0);
        in.requireEnd();
        yield new Pingresp();
      }
      case MqttPacket.DISCONNECT -> {
        requireFlags(type, flags, 0);
        int reason = v5 && in.remaining() > 0 ? in.u8() : 0;
        if (v5) {
          in.skipRest();
        } else {
          in.requireEnd();
        }
        yield new Disconnect(reason);
      }
      default -> new Other(type, flags, body);
    };
    return packet;
  }

  private static Connect connect(Cursor in) throws MqttFormatException {
    String protocol = in.string();
    int level = in.u8();
    if (!protocol.equals("MQTT") || (level != 4 && level != 5)) {
      throw new MqttFormatException("unsupported protocol " + protocol + " level " + level);
    }
    MqttVersion version = level == 5 ? MqttVersion.V5 : MqttVersion.V3_1_1;
    int flags = in.u8();
    if ((flags & 0x01) != 0) {
      throw new MqttFormatException("reserved CONNECT flag set");
    }
    boolean hasWill = (flags & 0x04) != 0;
    int willQos = (flags >>> 3) & 0x03;
    if (willQos == 3 || (!hasWill && (flags & 0x38) != 0)) {
      throw new MqttFormatException("invalid will flags");
    }
    int keepAlive = in.u16();
    if (version == MqttVersion.V5) {
      in.skipProperties();
    }
    String clientId = in.string();
    Optional<Will> will = Optional.empty();
    if (hasWill) {
      if (version == MqttVersion.V5) {
        in.skipProperties();
      }
      will = Optional.of(new Will(in.string(), in.binary(), willQos, (flags & 0x20) != 0));
    }
    Optional<String> username = (flags & 0x80) != 0 ? Optional.of(in.string()) : Optional.empty();
    Optional<String> password = (flags & 0x40) != 0
        ? Optional.of(new String(in.binary(), StandardCharsets.UTF_8)) : Optional.empty();
    in.requireEnd();
    return new Connect(version, clientId, (flags & 0x02) != 0, keepAlive, username, password, will);
  }

  private static Publish publish(Cursor in, int flags, boolean v5) throws MqttFormatException {
    int qos = (flags >>> 1) & 0x03;
    if (qos == 3) {
      throw new MqttFormatException("PUBLISH with QoS 3");
    }
    String topic = in.string();
    int packetId = qos > 0 ? in.packetId() : 0;
    if (v5) {
      in.skipProperties();
    }
    return new Publish(topic, in.rest(), qos, (flags & 1) != 0, (flags & 8) != 0, packetId);
  }

  private static Subscribe subscribe(Cursor in, boolean v5) throws MqttFormatException {
    int packetId = in.packetId();
    if (v5) {
      in.skipProperties();
    }
    List<Subscription> subscriptions = new ArrayList<>();
    while (in.remaining() > 0) {
      String filter = in.string();
      int options = in.u8();
      if ((options & 0x03) == 3) {
        throw new MqttFormatException("subscription with QoS 3");
      }
      subscriptions.add(new Subscription(filter, options & 0x03));
    }
    if (subscriptions.isEmpty()) {
      throw new MqttFormatException("SUBSCRIBE without topic filters");
    }
    return new Subscribe(packetId, subscriptions);
  }

  private static void requireFlags(int type, int flags, int expected) throws MqttFormatException {
    if (flags != expected) {
      throw new MqttFormatException("packet type " + type + " with flags " + flags);
    }
  }

  /** Bounds-checked reading of one packet body. */
  private static final class Cursor {
    private final byte[] data;
    private int position;
    private final int end;

    Cursor(byte[] data, int start, int end) {
      this.data = data;
      this.position = start;
      this.end = end;
    }

    int remaining() {
      return end - position;
    }

    void need(int count) throws MqttFormatException {
      if (count > remaining()) {
        throw new MqttFormatException("truncated: need " + count + " bytes, " + remaining() + " left");
      }
    }

    int u8() throws MqttFormatException {
      need(1);
      return data[position++] & 0xFF;
    }

    int u16() throws MqttFormatException {
      need(2);
      int value = ((data[position] & 0xFF) << 8) | (data[position + 1] & 0xFF);
      position += 2;
      return value;
    }

    int packetId() throws MqttFormatException {
      int id = u16();
      if (id == 0) {
        throw new MqttFormatException("packet identifier 0");
      }
      return id;
    }

    byte[] binary() throws MqttFormatException {
      int length = u16();
      need(length);
      byte[] bytes = Arrays.copyOfRange(data, position, position + length);
      position += length;
      return bytes;
    }

    String string() throws MqttFormatException {
      return new String(binary(), StandardCharsets.UTF_8);
    }

    int variableInteger() throws MqttFormatException {
      int value = 0;
      for (int i = 0; i < 4; i++) {
        int b = u8();
        value |= (b & 0x7F) << (7 * i);
        if ((b & 0x80) == 0) {
          return value;
        }
      }
      throw new MqttFormatException("variable byte integer longer than four bytes");
    }

    void skipProperties() throws MqttFormatException {
      int length = variableInteger();
      need(length);
      position += length;
    }

    byte[] rest() {
      byte[] bytes = Arrays.copyOfRange(data, position, end);
      position = end;
      return bytes;
    }

    void skipRest() {
      position = end;
    }

    void requireEnd() throws MqttFormatException {
      if (position != end) {
        throw new MqttFormatException(remaining() + " unexpected trailing bytes");
      }
    }
  }
}
