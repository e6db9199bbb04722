package dev.iotcop.net.proto;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * Ends a TCP session the way a considerate client does: it closes its sending side and waits briefly for the server to
 * close its end too. A server that does so has ended the process serving the session, which is what daemons that cap
 * their sessions wait for before they admit the next one.
 */
public final class SessionEnd {
  /** What is read and dropped at most while waiting, so a chatty server cannot keep the wait going. */
  static final int MAX_DISCARDED_BYTES = 64 * 1024;

  private SessionEnd() {}

  /**
   * Half-closes {@code socket} and waits up to {@code bound} for the server to close its end.
   *
   * @return true when the server closed its end (an orderly close or a reset), false when the time ran out, the
   *     server kept sending, or the socket was no longer usable on our side
   */
  public static boolean halfCloseAndAwait(Socket socket, Duration bound) {
    if (bound.isZero() || bound.isNegative() || socket.isClosed() || !socket.isConnected()) {
      return false;
    }
    try {
      if (!socket.isOutputShutdown()) {
        socket.shutdownOutput();
      }
    } catch (IOException e) {
      return false;
    }
    return awaitServerClose(socket, bound);
  }

  /**
   * Waits up to {@code bound} for the server to close its end, for protocols where a command (FTP's QUIT) already
   * asked it to; drops what it sends meanwhile.
   */
  public static boolean awaitServerClose(Socket socket, Duration bound) {
    if (bound.isZero() || bound.isNegative() || socket.isClosed()) {
      return false;
    }
    long end = System.nanoTime() + bound.toNanos();
    byte[] buffer = new byte[4096];
    int discarded = 0;
    try {
      InputStream in = socket.getInputStream();
      while (discarded < MAX_DISCARDED_BYTES) {
        long left = end - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        socket.setSoTimeout((int) Math.max(1, Duration.ofNanos(left).toMillis()));
        int n = in.read(buffer);
        if (n < 0) {
          return true;
        }
        discarded += n;
      }
      return false;
    } catch (SocketTimeoutException e) {
      return false;
    } catch (java.net.SocketException e) {
      // A reset is the server closing abruptly; a socket we closed ourselves cannot get here (checked above).
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
