package dev.iotcop.net.proto.telnet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * A line-oriented telnet client: it answers option negotiation (see {@link TelnetNegotiator}), strips commands from
 * the data, reads until a pattern matches, the time is up, the peer closes or a byte cap is reached, and sends lines
 * ending in CR LF. Not thread-safe.
 */
public final class TelnetClient implements AutoCloseable {
  /** After a pattern matched, how long the server must stay quiet before the match counts (a prompt ends output). */
  public static final Duration DEFAULT_SETTLE = Duration.ofMillis(150);

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;
  private final TelnetStreamDecoder decoder = new TelnetStreamDecoder();
  private final TelnetNegotiator negotiator = new TelnetNegotiator();
  private final Duration settle;
  private boolean closedByPeer;

  private TelnetClient(Socket socket, Duration settle) throws IOException {
    this.socket = socket;
    this.in = socket.getInputStream();
    this.out = socket.getOutputStream();
    this.settle = settle;
  }

  public static TelnetClient over(Socket connectedSocket, Duration settle) throws IOException {
    if (!connectedSocket.isConnected()) {
      throw new IllegalArgumentException("the socket must be connected");
    }
    if (settle.isNegative()) {
      throw new IllegalArgumentException("settle must not be negative");
    }
    return new TelnetClient(connectedSocket, settle);
  }

  public static TelnetClient open(InetSocketAddress server, Duration connectTimeout) throws IOException {
    Socket socket = new Socket();
    try {
      socket.connect(server, (int) Math.min(Integer.MAX_VALUE, connectTimeout.toMillis()));
      return over(socket, DEFAULT_SETTLE);
    } catch (IOException | RuntimeException e) {
      socket.close();
      throw e;
    }
  }

  /**
   * Reads until one of the patterns is found in the text received during this call and the server then stays quiet
   * for the settle time. Patterns are tried in order, so put the most specific first.
   */
  public ReadResult readUntil(List<Pattern> patterns, Duration timeout, int maxBytes) throws IOException {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be positive");
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    ByteArrayOutputStream received = new ByteArrayOutputStream();
    byte[] buffer = new byte[4096];
    OptionalInt matched = OptionalInt.empty();
    while (true) {
      long left = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
      if (left <= 0) {
        return result(received, matched, matched.isPresent() ? ReadResult.Stop.MATCHED : ReadResult.Stop.TIMEOUT);
      }
      long wait = matched.isPresent() ? Math.min(left, Math.max(1, settle.toMillis())) : left;
      socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, wait));
      int count;
      try {
        count = closedByPeer ? -1 : in.read(buffer, 0, Math.min(buffer.length, maxBytes - received.size()));
      } catch (SocketTimeoutException quiet) {
        if (matched.isPresent()) {
          return result(received, matched, ReadResult.Stop.MATCHED);
        }
        continue;
      }
      if (count < 0) {
        closedByPeer = true;
        return result(received, matched, matched.isPresent() ? ReadResult.Stop.MATCHED : ReadResult.Stop.CLOSED);
      }
      TelnetStreamDecoder.Decoded decoded = decoder.decode(buffer, 0, count);
      answer(decoded.commands());
      received.writeBytes(decoded.data());
      matched = firstMatch(patterns, received.toString(StandardCharsets.UTF_8));
      if (received.size() >= maxBytes) {
        return result(received, matched, matched.isPresent() ? ReadResult.Stop.MATCHED : ReadResult.Stop.BYTE_CAP);
      }
    }
  }

  private static OptionalInt firstMatch(List<Pattern> patterns, String text) {
    for (int i = 0; i < patterns.size(); i++) {
      if (patterns.get(i).matcher(text).find()) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  private static ReadResult result(ByteArrayOutputStream received, OptionalInt matched, ReadResult.Stop stop) {
    return new ReadResult(received.toString(StandardCharsets.UTF_8), stop,
        stop == ReadResult.Stop.MATCHED ? matched : OptionalInt.empty());
  }

  private void answer(List<TelnetCommand> commands) throws IOException {
    for (TelnetCommand command : commands) {
      if (command instanceof TelnetCommand.Negotiation negotiation) {
        var reply = negotiator.reply(negotiation);
        if (reply.isPresent()) {
          out.write(TelnetNegotiator.encode(reply.get()));
        }
      }
    }
    out.flush();
  }

  /** Sends the text followed by CR LF, doubling any 0xFF byte as the protocol requires. */
  public void sendLine(String line) throws IOException {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream escaped = new ByteArrayOutputStream(bytes.length + 2);
    for (byte b : bytes) {
      escaped.write(b);
      if ((b & 0xFF) == TelnetCommand.IAC) {
        escaped.write(b);
      }
    }
    escaped.write('\r');
    escaped.write('\n');
    out.write(escaped.toByteArray());
    out.flush();
  }

  public boolean closedByPeer() {
    return closedByPeer;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
