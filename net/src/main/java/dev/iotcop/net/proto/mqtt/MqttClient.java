package dev.iotcop.net.proto.mqtt;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A minimal MQTT client over an already connected socket (plain, or an {@link javax.net.ssl.SSLSocket} the caller
 * configured). It connects, optionally subscribes and collects messages for a bounded time, and never publishes.
 * Not thread-safe: one client belongs to one check run.
 */
public final class MqttClient implements AutoCloseable {
  /** Default cap on one incoming packet; $SYS and sensor payloads are far smaller. */
  public static final int DEFAULT_MAX_PACKET_BYTES = 256 * 1024;
  private static final int SUBSCRIBE_PACKET_ID = 1;

  private final Socket socket;
  private final MqttVersion version;
  private final int maxPacketBytes;
  private final InputStream in;
  private final OutputStream out;
  private boolean connected;

  private MqttClient(Socket socket, MqttVersion version, int maxPacketBytes) throws IOException {
    this.socket = socket;
    this.version = version;
    this.maxPacketBytes = maxPacketBytes;
    this.in = socket.getInputStream();
    this.out = socket.getOutputStream();
  }

  public static MqttClient over(Socket connectedSocket, MqttVersion version, int maxPacketBytes) throws IOException {
    if (!connectedSocket.isConnected()) {
      throw new IllegalArgumentException("the socket must be connected");
    }
    if (maxPacketBytes < 16) {
      throw new IllegalArgumentException("maxPacketBytes too small");
    }
    return new MqttClient(connectedSocket, version, maxPacketBytes);
  }

  /** Opens a plain TCP connection. */
  public static MqttClient open(InetSocketAddress broker, MqttVersion version, Duration connectTimeout)
      throws IOException {
    Socket socket = new Socket();
    try {
      socket.connect(broker, (int) Math.min(Integer.MAX_VALUE, connectTimeout.toMillis()));
      return over(socket, version, DEFAULT_MAX_PACKET_BYTES);
    } catch (IOException | RuntimeException e) {
      socket.close();
      throw e;
    }
  }

  /** Sends CONNECT and waits for the broker's answer. The packet's own protocol level is used for the CONNECT. */
  public ConnectResult connect(MqttPacket.Connect connect, Duration timeout) throws IOException {
    if (connect.version() != version) {
      throw new IllegalArgumentException("CONNECT level " + connect.version() + " differs from the client's " + version);
    }
    send(connect);
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      Optional<MqttPacket> first = next(deadline);
      if (first.isEmpty()) {
        return new ConnectResult.NoReply();
      }
      if (first.get() instanceof MqttPacket.Connack connack) {
        connected = connack.accepted();
        return new ConnectResult.Acknowledged(connack);
      }
      return new ConnectResult.Unexpected("first packet was " + first.get());
    } catch (EOFException e) {
      return new ConnectResult.ClosedWithoutConnack();
    } catch (MqttFormatException e) {
      return new ConnectResult.Unexpected(e.getMessage());
    }
  }

  /**
   * Subscribes at QoS 0 to the filters (e.g. {@code #} and {@code $SYS/#}) and collects PUBLISH packets until
   * {@code maxMessages} arrived or {@code duration} passed. Needs an accepted {@link #connect}.
   */
  public CollectedMessages collect(List<String> topicFilters, int maxMessages, Duration duration) throws IOException {
    if (!connected) {
      throw new IllegalStateException("connect first and be accepted");
    }
    if (maxMessages < 0) {
      throw new IllegalArgumentException("maxMessages must not be negative");
    }
    send(new MqttPacket.Subscribe(SUBSCRIBE_PACKET_ID,
        topicFilters.stream().map(filter -> new MqttPacket.Subscription(filter, 0)).toList()));
    long deadline = System.nanoTime() + duration.toNanos();
    Optional<MqttPacket.Suback> suback = Optional.empty();
    List<MqttPacket.Publish> messages = new ArrayList<>();
    try {
      while (messages.size() < maxMessages) {
        Optional<MqttPacket> packet = next(deadline);
        if (packet.isEmpty()) {
          break;
        }
        switch (packet.get()) {
          case MqttPacket.Suback s when s.packetId() == SUBSCRIBE_PACKET_ID -> suback = Optional.of(s);
          case MqttPacket.Publish p -> {
            messages.add(p);
            if (p.qos() == 1) {
              send(new MqttPacket.Puback(p.packetId()));
            }
          }
          default -> { }
        }
      }
    } catch (EOFException e) {
      return new CollectedMessages(suback, messages, true);
    } catch (MqttFormatException e) {
      return new CollectedMessages(suback, messages, false);
    }
    return new CollectedMessages(suback, messages, false);
  }

  private void send(MqttPacket packet) throws IOException {
    out.write(MqttCodec.encode(packet, version));
    out.flush();
  }

  private Optional<MqttPacket> next(long deadline) throws IOException, MqttFormatException {
    long leftMillis = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
    if (leftMillis <= 0) {
      return Optional.empty();
    }
    socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, leftMillis));
    try {
      return Optional.of(MqttCodec.read(in, version, maxPacketBytes));
    } catch (SocketTimeoutException e) {
      return Optional.empty();
    }
  }

  /** Sends DISCONNECT when connected (best effort) and closes the socket. */
  @Override
  public void close() throws IOException {
    try {
      if (connected && !socket.isClosed()) {
        send(new MqttPacket.Disconnect(0));
      }
    } catch (IOException ignored) {
      // the socket is closed below either way
    } finally {
      socket.close();
    }
  }
}
