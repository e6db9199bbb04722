package dev.iotcop.net.proto.coap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A small CoAP client over UDP for GET requests: confirmable requests with a bounded number of retransmissions,
 * piggybacked and separate responses (a confirmable separate response is acknowledged), and Block2 transfers
 * reassembled up to a byte limit. When the host answers that nothing listens on the port (ICMP port unreachable),
 * {@link java.net.PortUnreachableException} is thrown.
 */
public final class CoapClient {
  public static final int PORT = 5683;
  private static final int MAX_BLOCKS = 256;

  private final Duration timeout;
  private final int retransmissions;
  private final int maxPayloadBytes;
  private final RandomGenerator random = new SecureRandom();

  public CoapClient(Duration timeout, int retransmissions, int maxPayloadBytes) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive");
    }
    if (retransmissions < 0 || retransmissions > 4 || maxPayloadBytes < 16) {
      throw new IllegalArgumentException("retransmissions 0 to 4 and maxPayloadBytes at least 16");
    }
    this.timeout = timeout;
    this.retransmissions = retransmissions;
    this.maxPayloadBytes = maxPayloadBytes;
  }

  /** GET /.well-known/core and parse it; empty when nothing answered. */
  public Optional<CoapResponse> wellKnownCore(InetSocketAddress endpoint) throws IOException {
    return get(endpoint, CoapRequests.WELL_KNOWN_CORE);
  }

  public Optional<CoapResponse> get(InetSocketAddress endpoint, List<String> path) throws IOException {
    try (DatagramSocket socket = new DatagramSocket()) {
      socket.connect(endpoint);
      ByteArrayOutputStream payload = new ByteArrayOutputStream();
      Block block = null;
      CoapMessage last = null;
      for (int blocks = 0; blocks < MAX_BLOCKS; blocks++) {
        Optional<CoapMessage> response = exchange(socket, CoapRequests.get(random.nextInt(0x10000), token(), path, block));
        if (response.isEmpty()) {
          return last == null ? Optional.empty() : Optional.of(new CoapResponse(last, payload.toByteArray(), false));
        }
        last = response.get();
        byte[] part = last.payload();
        if (payload.size() + part.length > maxPayloadBytes) {
          payload.write(part, 0, maxPayloadBytes - payload.size());
          return Optional.of(new CoapResponse(last, payload.toByteArray(), false));
        }
        payload.writeBytes(part);
        Optional<Block> received = blockOf(last);
        if (received.isEmpty() || !received.get().more()) {
          return Optional.of(new CoapResponse(last, payload.toByteArray(), true));
        }
        Block current = received.get();
        if (current.number() == Block.MAX_NUMBER) {
          break;
        }
        block = new Block(current.number() + 1, false, current.sizeExponent());
      }
      return Optional.of(new CoapResponse(last, payload.toByteArray(), false));
    }
  }

  private static Optional<Block> blockOf(CoapMessage message) {
    Optional<CoapOption> option = message.option(CoapOption.BLOCK2);
    if (option.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Block.fromOption(option.get()));
    } catch (CoapFormatException e) {
      return Optional.empty();
    }
  }

  private byte[] token() {
    byte[] token = new byte[4];
    random.nextBytes(token);
    return token;
  }

  private Optional<CoapMessage> exchange(DatagramSocket socket, CoapMessage request) throws IOException {
    byte[] bytes = CoapCodec.encode(request);
    byte[] buffer = new byte[CoapCodec.MAX_MESSAGE_BYTES];
    for (int attempt = 0; attempt <= retransmissions; attempt++) {
      socket.send(new DatagramPacket(bytes, bytes.length));
      long deadline = System.nanoTime() + timeout.toNanos();
      boolean acknowledged = false;
      while (true) {
        long left = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
        if (left <= 0) {
          break;
        }
        socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        try {
          socket.receive(packet);
        } catch (SocketTimeoutException e) {
          break;
        }
        CoapMessage message;
        try {
          message = CoapCodec.decode(Arrays.copyOf(packet.getData(), packet.getLength()));
        } catch (CoapFormatException ignored) {
          continue;
        }
        boolean sameExchange = message.messageId() == request.messageId();
        if (message.type() == CoapType.RESET && sameExchange) {
          return Optional.of(message);
        }
        if (message.type() == CoapType.ACKNOWLEDGEMENT && sameExchange) {
          if (message.code().equals(CoapCode.EMPTY)) {
            if (!acknowledged) {
              // a separate response follows: wait one more timeout for it, once, without retransmitting
              acknowledged = true;
              deadline = System.nanoTime() + timeout.toNanos();
            }
            continue;
          }
          if (message.hasToken(request.token())) {
            return Optional.of(message);
          }
        }
        if ((message.type() == CoapType.CONFIRMABLE || message.type() == CoapType.NON_CONFIRMABLE)
            && !message.code().isRequest() && message.hasToken(request.token())) {
          if (message.type() == CoapType.CONFIRMABLE) {
            byte[] ack = CoapCodec.encode(CoapMessage.empty(CoapType.ACKNOWLEDGEMENT, message.messageId()));
            socket.send(new DatagramPacket(ack, ack.length));
          }
          return Optional.of(message);
        }
      }
      if (acknowledged) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
