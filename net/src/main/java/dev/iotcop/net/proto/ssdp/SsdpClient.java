package dev.iotcop.net.proto.ssdp;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Sends one unicast M-SEARCH to a device (never to the multicast group) and collects the replies that come from that
 * device until the timeout or a maximum count. Replies that do not parse are skipped. When the device answers that
 * nothing listens on the port (ICMP port unreachable), {@link java.net.PortUnreachableException} is thrown.
 */
public final class SsdpClient {
  private final Duration timeout;
  private final int maxResponses;

  public SsdpClient(Duration timeout, int maxResponses) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive");
    }
    if (maxResponses < 1 || maxResponses > 1000) {
      throw new IllegalArgumentException("maxResponses must be between 1 and 1000");
    }
    this.timeout = timeout;
    this.maxResponses = maxResponses;
  }

  public List<SsdpResponse> search(InetSocketAddress device, String searchTarget) throws IOException {
    byte[] request = MSearch.unicast(device, searchTarget).toBytes();
    List<SsdpResponse> responses = new ArrayList<>();
    byte[] buffer = new byte[SsdpResponse.MAX_BYTES + 1];
    try (DatagramSocket socket = new DatagramSocket()) {
      socket.connect(device);
      socket.send(new DatagramPacket(request, request.length));
      long deadline = System.nanoTime() + timeout.toNanos();
      while (responses.size() < maxResponses) {
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
        try {
          responses.add(SsdpResponse.parse(Arrays.copyOf(packet.getData(), packet.getLength())));
        } catch (SsdpFormatException ignored) {
          // not a usable reply; keep listening
        }
      }
    }
    return responses;
  }
}
