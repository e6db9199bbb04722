package dev.iotcop.net.proto;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * Caps the total time spent reading, on top of the socket's per-read timeout, so a peer that trickles one byte per
 * timeout cannot hold a probe for long. Past the deadline every read fails with {@link SocketTimeoutException}.
 */
public final class DeadlineInputStream extends FilterInputStream {
  private final long deadlineNanos;

  public DeadlineInputStream(InputStream in, Duration budget) {
    super(in);
    this.deadlineNanos = System.nanoTime() + budget.toNanos();
  }

  private void check() throws SocketTimeoutException {
    if (System.nanoTime() - deadlineNanos > 0) {
      throw new SocketTimeoutException("total read time budget exceeded");
    }
  }

  @Override
  public int read() throws IOException {
    check();
    return super.read();
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    check();
    return super.read(b, off, len);
  }

  /** Budget for a whole exchange: four read timeouts. */
  public static Duration budgetFor(Duration readTimeout) {
    return readTimeout.multipliedBy(4);
  }
}
