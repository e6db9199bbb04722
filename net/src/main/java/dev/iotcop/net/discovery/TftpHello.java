package dev.iotcop.net.discovery;

import dev.iotcop.net.identify.Identification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * TFTP (RFC 1350): a read request for a random file name that cannot exist. A server answers with an ERROR packet
 * ("file not found", "access violation"), or in the unlikely case the file exists with the first DATA block, which is
 * then refused at once with an ERROR so no transfer goes on. Replies come from a new port of the same host (the
 * server's transfer id), so any port of the device's address is accepted.
 */
final class TftpHello implements UdpHello {
  static final int OP_RRQ = 1;
  static final int OP_DATA = 3;
  static final int OP_ERROR = 5;
  static final int OP_OACK = 6;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Override
  public String protocol() {
    return "tftp";
  }

  @Override
  public Set<Integer> usualPorts() {
    return Set.of(69);
  }

  @Override
  public Optional<Identification> ask(InetSocketAddress endpoint, Duration wait, int retries) throws IOException {
    byte[] name = new byte[8];
    RANDOM.nextBytes(name);
    byte[] request = readRequest("iotcop-" + HexFormat.of().formatHex(name) + ".probe");
    try (DatagramSocket socket = new DatagramSocket()) {
      for (int attempt = 0; attempt <= retries; attempt++) {
        socket.send(new DatagramPacket(request, request.length, endpoint));
        Optional<Identification> answer = await(socket, endpoint, wait);
        if (answer.isPresent()) {
          return answer;
        }
      }
    }
    return Optional.empty();
  }

  static byte[] readRequest(String fileName) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0);
    out.write(OP_RRQ);
    out.writeBytes(fileName.getBytes(StandardCharsets.US_ASCII));
    out.write(0);
    out.writeBytes("octet".getBytes(StandardCharsets.US_ASCII));
    out.write(0);
    return out.toByteArray();
  }

  private static Optional<Identification> await(DatagramSocket socket, InetSocketAddress endpoint, Duration wait)
      throws IOException {
    long deadline = System.nanoTime() + wait.toNanos();
    byte[] buffer = new byte[1024];
    while (true) {
      long left = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
      if (left <= 0) {
        return Optional.empty();
      }
      socket.setSoTimeout((int) left);
      DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
      try {
        socket.receive(packet);
      } catch (SocketTimeoutException | PortUnreachableException e) {
        return Optional.empty();
      }
      if (!packet.getAddress().equals(endpoint.getAddress())) {
        continue;
      }
      Optional<Identification> id = classify(buffer, packet.getLength());
      if (id.isPresent() && !id.get().attributes().get("tftp.reply").startsWith("error")) {
        byte[] refuse = error(0, "transfer not wanted");
        socket.send(new DatagramPacket(refuse, refuse.length, packet.getSocketAddress()));
      }
      if (id.isPresent()) {
        return id;
      }
    }
  }

  /** What a reply datagram says, when it is a TFTP reply to a read request. */
  static Optional<Identification> classify(byte[] datagram, int length) {
    if (length < 4 || datagram[0] != 0) {
      return Optional.empty();
    }
    int opcode = datagram[1] & 0xFF;
    return switch (opcode) {
      case OP_ERROR -> {
        int code = ((datagram[2] & 0xFF) << 8) | (datagram[3] & 0xFF);
        int end = 4;
        while (end < length && datagram[end] != 0) {
          end++;
        }
        if (end >= length || code > 8) {
          yield Optional.empty();
        }
        String message = new String(datagram, 4, Math.min(end - 4, 120), StandardCharsets.US_ASCII).strip();
        yield Optional.of(Identification.of("tftp", "", "", "TFTP error " + code + (message.isEmpty() ? "" : ": " + message))
            .with("tftp.reply", "error-" + code));
      }
      case OP_DATA -> Optional.of(Identification.of("tftp", "", "", "TFTP data block").with("tftp.reply", "data"));
      case OP_OACK -> Optional.of(Identification.of("tftp", "", "", "TFTP option acknowledgement").with("tftp.reply", "oack"));
      default -> Optional.empty();
    };
  }

  static byte[] error(int code, String message) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0);
    out.write(OP_ERROR);
    out.write(code >>> 8);
    out.write(code);
    out.writeBytes(message.getBytes(StandardCharsets.US_ASCII));
    out.write(0);
    return out.toByteArray();
  }
}
