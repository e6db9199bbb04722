package dev.iotcop.lab.probe;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** Sends a probe once and waits a bounded time for the datagram it accepts. */
public final class UdpExchange {
  private UdpExchange() {}

  public static Optional<byte[]> ask(InetAddress address, int port, UdpProbe probe, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    try (DatagramSocket socket = new DatagramSocket()) {
      byte[] request = probe.request();
      socket.send(new DatagramPacket(request, request.length, address, port));
      byte[] buffer = new byte[9000];
      while (true) {
        long left = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
        if (left <= 0) {
          return Optional.empty();
        }
        socket.setSoTimeout((int) left);
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        try {
          socket.receive(packet);
        } catch (SocketTimeoutException e) {
          return Optional.empty();
        }
        byte[] reply = Arrays.copyOf(packet.getData(), packet.getLength());
        if (packet.getAddress().equals(address) && probe.accepts(reply)) {
          return Optional.of(reply);
        }
      }
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
