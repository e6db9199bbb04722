package dev.iotcop.net.proto.mqtt;

import static dev.iotcop.net.proto.TestBytes.hex;
import static dev.iotcop.net.proto.TestBytes.hexResource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bytes captured from Mosquitto 2.0 on 127.0.0.1 (user alice with a password file). */
class MqttCodecExamplesTest {

  private static List<MqttPacket> stream(String name, MqttVersion version) throws Exception {
    ByteArrayInputStream in = new ByteArrayInputStream(hexResource(MqttCodecExamplesTest.class, name + ".hex"));
    List<MqttPacket> packets = new ArrayList<>();
    while (in.available() > 0) {
      packets.add(MqttCodec.read(in, version, 4096));
    }
    return packets;
  }

  @Test
  void badPasswordIsRefusedAsNotAuthorizedInBothVersions() throws Exception {
    MqttPacket.Connack v311 = (MqttPacket.Connack) stream("v311-bad-password", MqttVersion.V3_1_1).getFirst();
    assertThat(v311.accepted()).isFalse();
    assertThat(v311.returnCode()).contains(ConnectReturnCode.NOT_AUTHORIZED);
    MqttPacket.Connack v5 = (MqttPacket.Connack) stream("v5-bad-password", MqttVersion.V5).getFirst();
    assertThat(v5.reasonCode()).contains(ConnackReasonCode.NOT_AUTHORIZED);
    assertThat(stream("v311-anonymous-refused", MqttVersion.V3_1_1)).containsExactly(new MqttPacket.Connack(false, 5));
  }

  @Test
  void acceptedSessionGetsSubackAndRetainedSysMessages() throws Exception {
    List<MqttPacket> packets = stream("v311-accepted-subscribe", MqttVersion.V3_1_1);
    assertThat(packets.get(0)).isEqualTo(new MqttPacket.Connack(false, 0));
    assertThat(packets.get(1)).isEqualTo(new MqttPacket.Suback(1, List.of(0, 0)));
    List<MqttPacket.Publish> messages = packets.stream().skip(2).map(MqttPacket.Publish.class::cast).toList();
    assertThat(messages).isNotEmpty().allSatisfy(p -> assertThat(p.topic()).startsWith("$SYS/broker/"));
    assertThat(messages.getFirst().topic()).isEqualTo("$SYS/broker/version");
    assertThat(messages.getFirst().payloadText()).startsWith("mosquitto version 2.");
    assertThat(messages.getFirst().retain()).isTrue();
  }

  @Test
  void connectEncodingMatchesTheSpecificationLayout() {
    byte[] bytes = MqttCodec.encode(MqttPacket.Connect.withCredentials(MqttVersion.V3_1_1, "id", "u", "p"),
        MqttVersion.V3_1_1);
    assertThat(bytes).isEqualTo(hex("10 14 0004 4d515454 04 c2 001e 0002 6964 0001 75 0001 70"));
    byte[] v5 = MqttCodec.encode(MqttPacket.Connect.anonymous(MqttVersion.V5, "id"), MqttVersion.V5);
    assertThat(v5).isEqualTo(hex("10 0f 0004 4d515454 05 02 001e 00 0002 6964"));
  }

  @Test
  void hostilePacketsAreRefused() {
    assertThatThrownBy(() -> MqttCodec.read(new ByteArrayInputStream(hex("30ffffffff01")), MqttVersion.V3_1_1, 1 << 20))
        .isInstanceOf(MqttFormatException.class).hasMessageContaining("four bytes");
    assertThatThrownBy(() -> MqttCodec.read(new ByteArrayInputStream(hex("30ffffff7f")), MqttVersion.V3_1_1, 1 << 20))
        .isInstanceOf(MqttFormatException.class).hasMessageContaining("exceeds");
    assertThatThrownBy(() -> MqttCodec.read(new ByteArrayInputStream(hex("3005000a")), MqttVersion.V3_1_1, 100))
        .isInstanceOf(EOFException.class);
    assertThatThrownBy(() -> MqttCodec.decode(hex("3605 0001 41 0000"), MqttVersion.V3_1_1))
        .isInstanceOf(MqttFormatException.class).hasMessageContaining("QoS 3");
    assertThatThrownBy(() -> MqttCodec.decode(hex("3003 ffff 41"), MqttVersion.V3_1_1))
        .isInstanceOf(MqttFormatException.class).hasMessageContaining("truncated");
  }
}
