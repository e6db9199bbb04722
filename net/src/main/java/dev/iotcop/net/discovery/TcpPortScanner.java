package dev.iotcop.net.discovery;

import dev.iotcop.engine.check.Deadline;
import dev.iotcop.engine.check.ProgressSink;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.NoRouteToHostException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

/**
 * A TCP connect scan on plain sockets: {@code concurrency} virtual threads take ports from a shared counter and try to connect, closing
 * at once on success. A refused connection is closed; a timeout is filtered. The number of connection attempts in
 * flight never exceeds {@code concurrency}.
 */
public final class TcpPortScanner implements PortScanner {
  public enum State {
    OPEN,
    /** The host answered with a reset: it is there, the port is not open. */
    CLOSED,
    /** No answer before the timeout. */
    FILTERED,
    /** No route or host down: the network said the host cannot be reached. */
    UNREACHABLE
  }

  private final int concurrency;
  private final Duration connectTimeout;

  public TcpPortScanner(int concurrency, Duration connectTimeout) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1");
    }
    this.concurrency = concurrency;
    this.connectTimeout = connectTimeout;
  }

  @Override
  public String name() {
    return "virtual-threads";
  }

  @Override
  public ScanResult scan(InetAddress address, PortSpec ports, Deadline deadline, ProgressSink progress, IntConsumer found)
      throws InterruptedException {
    int[] list = ports.toArray();
    AtomicInteger next = new AtomicInteger();
    AtomicInteger filtered = new AtomicInteger();
    AtomicLong done = new AtomicLong();
    ConcurrentLinkedQueue<Integer> open = new ConcurrentLinkedQueue<>();
    int timeoutMs = (int) Math.max(1, connectTimeout.toMillis());
    int workers = Math.min(concurrency, Math.max(1, list.length));
    List<Future<?>> running = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int w = 0; w < workers; w++) {
        running.add(pool.submit(() -> {
          int i;
          while ((i = next.getAndIncrement()) < list.length && !deadline.passed() && !Thread.currentThread().isInterrupted()) {
            switch (probe(address, list[i], timeoutMs)) {
              case OPEN -> {
                open.add(list[i]);
                found.accept(list[i]);
              }
              case FILTERED, UNREACHABLE -> filtered.incrementAndGet();
              case CLOSED -> { }
            }
            long d = done.incrementAndGet();
            if ((d & 1023) == 0) {
              progress.step("tcp-ports", d, list.length);
            }
          }
          return null;
        }));
      }
    }
    if (Thread.interrupted()) {
      throw new InterruptedException("port scan interrupted");
    }
    for (Future<?> worker : running) {
      if (worker.state() == Future.State.FAILED) {
        throw new IllegalStateException("port scan worker failed", worker.exceptionNow());
      }
    }
    List<Integer> sorted = new ArrayList<>(open);
    sorted.sort(Integer::compare);
    int attempted = (int) done.get();
    progress.step("tcp-ports", attempted, list.length);
    return new ScanResult(sorted, filtered.get(), attempted, attempted == list.length);
  }

  /** One connection attempt. Exposed for tests. */
  public static State probe(InetAddress address, int port, int timeoutMs) {
    try (Socket s = new Socket()) {
      s.setSoLinger(true, 0);
      s.connect(new InetSocketAddress(address, port), timeoutMs);
      return State.OPEN;
    } catch (SocketTimeoutException e) {
      return State.FILTERED;
    } catch (ConnectException e) {
      return e.getMessage() != null && e.getMessage().contains("refused") ? State.CLOSED : State.UNREACHABLE;
    } catch (NoRouteToHostException e) {
      return State.UNREACHABLE;
    } catch (IOException e) {
      return State.UNREACHABLE;
    }
  }
}
