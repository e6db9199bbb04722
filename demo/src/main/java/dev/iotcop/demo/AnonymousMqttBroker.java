package dev.iotcop.demo;

import dev.iotcop.net.proto.mqtt.MqttCodec;
import dev.iotcop.net.proto.mqtt.MqttFormatException;
import dev.iotcop.net.proto.mqtt.MqttPacket;
import dev.iotcop.net.proto.mqtt.MqttVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * A minimal MQTT 3.1.1 broker as cheap cameras embed it: it accepts every CONNECT, with or without credentials, grants
 * every subscription and hands a subscriber the retained messages the camera publishes about itself. It keeps no
 * sessions and forwards nothing between clients; it exists to be found by the assessment.
 */
public final class AnonymousMqttBroker implements AutoCloseable {
  private static final int MAX_PACKET = 64 * 1024;
  private final ServerSocket server;
  private final Map<String, String> retained;
  private final ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
  private final Semaphore sessions = new Semaphore(8);

  public AnonymousMqttBroker(InetAddress address, Map<String, String> retained) throws IOException {
    this.server = new ServerSocket(0, 16, address);
    this.retained = Map.copyOf(retained);
    pool.execute(this::acceptLoop);
  }

  public int port() {
    return server.getLocalPort();
  }

  private Void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket s = server.accept();
        if (!sessions.tryAcquire()) {
          s.close();
          continue;
        }
        pool.execute(() -> {
          try (s) {
            serve(s);
          } catch (IOException | MqttFormatException e) {
            // clients may hang up or speak something else: the session simply ends
          } finally {
            sessions.release();
          }
        });
      } catch (IOException e) {
        return null;
      }
    }
    return null;
  }

  private void serve(Socket s) throws IOException, MqttFormatException {
    s.setSoTimeout(15_000);
    InputStream in = s.getInputStream();
    OutputStream out = s.getOutputStream();
    MqttPacket first = MqttCodec.read(in, MqttVersion.V3_1_1, MAX_PACKET);
    if (!(first instanceof MqttPacket.Connect)) {
      return;
    }
    send(out, new MqttPacket.Connack(false, 0));
    for (int i = 0; i < 32; i++) {
      MqttPacket p = MqttCodec.read(in, MqttVersion.V3_1_1, MAX_PACKET);
      switch (p) {
        case MqttPacket.Subscribe sub -> {
          List<Integer> granted = new ArrayList<>();
          sub.subscriptions().forEach(x -> granted.add(0));
          send(out, new MqttPacket.Suback(sub.packetId(), granted));
          for (var e : retained.entrySet()) {
            send(out, new MqttPacket.Publish(e.getKey(), e.getValue().getBytes(StandardCharsets.UTF_8), 0, true, false, 0));
          }
        }
        case MqttPacket.Pingreq ping -> send(out, new MqttPacket.Pingresp());
        case MqttPacket.Disconnect d -> {
          return;
        }
        default -> { }
      }
    }
  }

  private static void send(OutputStream out, MqttPacket p) throws IOException {
    out.write(MqttCodec.encode(p, MqttVersion.V3_1_1));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    server.close();
    pool.shutdownNow();
  }
}
