package dev.iotcop.net.proto.coap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iotcop.net.proto.TestDaemon;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A tiny CoAP endpoint on 127.0.0.1, answering each request with the datagrams a function returns. */
class CoapClientTest {
  private static final String CORE = "</sensors/temp>;rt=\"temperature\";if=sensor,</sensors/light>;rt=light,"
      + "</config>;ct=40,</firmware>;title=\"Firmware update\"";

  private record Endpoint(DatagramSocket socket, List<CoapMessage> received, Thread thread) implements AutoCloseable {
    InetSocketAddress address() {
      return new InetSocketAddress(TestDaemon.LOOPBACK, socket.getLocalPort());
    }

    @Override
    public void close() {
      socket.close();
      try {
        thread.join(2000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static Endpoint endpoint(Function<CoapMessage, List<byte[]>> answer) throws IOException {
    DatagramSocket socket = new DatagramSocket(new InetSocketAddress(TestDaemon.LOOPBACK, 0));
    List<CoapMessage> received = java.util.Collections.synchronizedList(new ArrayList<>());
    Thread thread = Thread.ofVirtual().start(() -> {
      byte[] buffer = new byte[2048];
      for (int i = 0; i < 200 && !socket.isClosed(); i++) {
        try {
          DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
          socket.receive(packet);
          CoapMessage request = CoapCodec.decode(Arrays.copyOf(buffer, packet.getLength()));
          received.add(request);
          for (byte[] reply : answer.apply(request)) {
            socket.send(new DatagramPacket(reply, reply.length, packet.getSocketAddress()));
          }
        } catch (IOException | CoapFormatException e) {
          return;
        }
      }
    });
    return new Endpoint(socket, received, thread);
  }

  private static byte[] content(CoapType type, int messageId, byte[] token, List<CoapOption> options, byte[] payload) {
    return CoapCodec.encode(new CoapMessage(type, CoapCode.CONTENT, messageId, token, options, payload));
  }

  @Test
  @Timeout(10)
  void piggybackedWellKnownCoreIsParsed() throws Exception {
    try (Endpoint endpoint = endpoint(request -> List.of(new byte[] {1, 2, 3}, content(CoapType.ACKNOWLEDGEMENT,
        request.messageId(), request.token(), List.of(CoapOption.unsigned(CoapOption.CONTENT_FORMAT, 40)),
        CORE.getBytes(StandardCharsets.UTF_8))))) {
      Optional<CoapResponse> response = new CoapClient(Duration.ofSeconds(1), 0, 4096).wellKnownCore(endpoint.address());
      assertThat(response).get().extracting(CoapResponse::code).isEqualTo(CoapCode.CONTENT);
      assertThat(LinkFormat.parse(response.get().payloadText())).extracting(Link::target)
          .containsExactly("/sensors/temp", "/sensors/light", "/config", "/firmware");
      CoapMessage request = endpoint.received().getFirst();
      assertThat(request.type()).isEqualTo(CoapType.CONFIRMABLE);
      assertThat(request.options(CoapOption.URI_PATH)).extracting(CoapOption::asText).containsExactly(".well-known", "core");
    }
  }

  @Test
  @Timeout(10)
  void blockwiseTransferIsReassembled() throws Exception {
    byte[] whole = CORE.getBytes(StandardCharsets.UTF_8);
    try (Endpoint endpoint = endpoint(request -> {
      int number = request.option(CoapOption.BLOCK2).map(o -> (int) (o.asUnsigned() >>> 4)).orElse(0);
      int from = number * 16;
      int to = Math.min(whole.length, from + 16);
      Block block = new Block(number, to < whole.length, 0);
      return List.of(content(CoapType.ACKNOWLEDGEMENT, request.messageId(), request.token(),
          List.of(block.toOption(CoapOption.BLOCK2)), Arrays.copyOfRange(whole, from, to)));
    })) {
      CoapResponse response = new CoapClient(Duration.ofSeconds(1), 0, 4096).wellKnownCore(endpoint.address()).orElseThrow();
      assertThat(response.complete()).isTrue();
      assertThat(response.payloadText()).isEqualTo(CORE);
      assertThat(endpoint.received()).hasSize((whole.length + 15) / 16);
    }
  }

  @Test
  @Timeout(10)
  void separateResponseIsAcknowledged() throws Exception {
    List<CoapMessage> acks = new ArrayList<>();
    try (Endpoint endpoint = endpoint(request -> {
      if (request.type() == CoapType.ACKNOWLEDGEMENT) {
        acks.add(request);
        return List.of();
      }
      return List.of(CoapCodec.encode(CoapMessage.empty(CoapType.ACKNOWLEDGEMENT, request.messageId())),
          content(CoapType.CONFIRMABLE, 0x7777, request.token(), List.of(), "late".getBytes(StandardCharsets.UTF_8)));
    })) {
      CoapResponse response = new CoapClient(Duration.ofSeconds(1), 0, 4096).get(endpoint.address(), List.of("x"))
          .orElseThrow();
      assertThat(response.payloadText()).isEqualTo("late");
      Thread.sleep(200);
      assertThat(acks).singleElement().extracting(CoapMessage::messageId).isEqualTo(0x7777);
    }
  }

  @Test
  @Timeout(10)
  void silenceAndResetAreReported() throws Exception {
    try (Endpoint silent = endpoint(request -> List.of())) {
      assertThat(new CoapClient(Duration.ofMillis(200), 1, 4096).wellKnownCore(silent.address())).isEmpty();
      assertThat(silent.received()).hasSize(2);
    }
    try (Endpoint resetting = endpoint(request -> List.of(
        CoapCodec.encode(CoapMessage.empty(CoapType.RESET, request.messageId()))))) {
      CoapResponse response = new CoapClient(Duration.ofSeconds(1), 0, 4096).wellKnownCore(resetting.address()).orElseThrow();
      assertThat(response.last().type()).isEqualTo(CoapType.RESET);
    }
  }
}
