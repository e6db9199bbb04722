package dev.iotcop.net.check.credentials;

import dev.iotcop.engine.Subject;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.engine.check.DeadlineExceededException;
import dev.iotcop.net.check.NetworkChecks;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/**
 * A client socket that notes when it last sent a complete line (ending in CR LF), so the time a service took to answer
 * a password can be told apart from the time it took to greet us.
 */
final class TimedSocket extends Socket {
  private volatile long lastLineSent;
  private OutputStream wrapped;

  /** Connects with the context's connect timeout (capped by the deadline) and sets its read timeout. */
  static TimedSocket connect(CheckContext ctx, Subject.Service service) throws IOException {
    Duration connect = ctx.deadline().cap(ctx.politeness().connectTimeout());
    if (connect.isZero()) {
      throw new DeadlineExceededException(ctx.deadline().at());
    }
    TimedSocket s = new TimedSocket();
    try {
      s.connect(new InetSocketAddress(service.address(), service.port()), (int) Math.max(1, connect.toMillis()));
      s.setSoTimeout(NetworkChecks.readTimeoutMillis(ctx));
      return s;
    } catch (IOException | RuntimeException e) {
      s.close();
      throw e;
    }
  }

  @Override
  public synchronized OutputStream getOutputStream() throws IOException {
    if (wrapped == null) {
      OutputStream raw = super.getOutputStream();
      wrapped = new FilterOutputStream(raw) {
        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          raw.write(b, off, len);
          if (len >= 2 && b[off + len - 2] == '\r' && b[off + len - 1] == '\n') {
            lastLineSent = System.nanoTime();
          }
        }
      };
    }
    return wrapped;
  }

  /** Time since the last complete line was sent, or since {@code start} when none was. */
  Duration sinceLastLine(long start) {
    long from = lastLineSent == 0 ? start : lastLineSent;
    return Duration.ofNanos(System.nanoTime() - from);
  }
}
