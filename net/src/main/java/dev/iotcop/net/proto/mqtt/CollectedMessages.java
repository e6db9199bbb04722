package dev.iotcop.net.proto.mqtt;

import java.util.List;
import java.util.Optional;

/**
 * Messages received after subscribing.
 *
 * @param suback the broker's answer to the SUBSCRIBE, if it came
 * @param messages the PUBLISH packets received, in order, at most the number asked for
 * @param closedByBroker whether the broker ended the connection while collecting
 */
public record CollectedMessages(Optional<MqttPacket.Suback> suback, List<MqttPacket.Publish> messages,
    boolean closedByBroker) {
  public CollectedMessages {
    messages = List.copyOf(messages);
  }
}
