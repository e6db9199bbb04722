package dev.iotcop.net.discovery;

import static dev.iotcop.net.discovery.LinuxSockets.POLLERR;
import static dev.iotcop.net.discovery.LinuxSockets.POLLFD_SIZE;
import static dev.iotcop.net.discovery.LinuxSockets.POLLHUP;
import static dev.iotcop.net.discovery.LinuxSockets.POLLOUT;

import dev.iotcop.engine.check.Deadline;
import dev.iotcop.engine.check.ProgressSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A TCP connect scan the way nmap's {@code -sT} does it: non-blocking sockets, one {@code poll} over every attempt
 * in flight, one thread. It needs a handful of system calls per port and almost no Java code on the way, so a fresh
 * JVM scans as fast as a warm one, which the virtual-thread scanner cannot (its per-port path through the JDK's socket
 * classes has to be compiled by the JIT while the scan runs).
 *
 * <p>The attempts in flight are kept in launch order, so the oldest is first and its age bounds the poll timeout. An
 * attempt with no answer after the connect timeout counts as filtered; a network error (no route, host down) too.
 *
 * <p>The window of attempts in flight starts small, because each poll call walks the whole set and a near host
 * answers faster than a large set can be walked, and doubles (up to the configured concurrency) whenever a poll
 * returns with most attempts still waiting, which is what a distant or silent host looks like.
 */
final class PollingPortScanner implements PortScanner {
  static final int INITIAL_WINDOW = 128;
  private static final int MAX_POLL_WAIT_MS = 100;

  private final LinuxSockets sockets;
  private final int concurrency;
  private final long timeoutNanos;

  PollingPortScanner(LinuxSockets sockets, int concurrency, Duration connectTimeout) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1");
    }
    this.sockets = sockets;
    this.concurrency = concurrency;
    this.timeoutNanos = Math.max(1, connectTimeout.toNanos());
  }

  @Override
  public String name() {
    return "poll";
  }

  /**
   * Runs on a platform thread of its own: a virtual thread blocked in a foreign call would hold its carrier for the
   * whole scan.
   */
  @Override
  public ScanResult scan(InetAddress address, PortSpec ports, Deadline deadline, ProgressSink progress) throws InterruptedException {
    AtomicReference<ScanResult> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread worker = Thread.ofPlatform().name("tcp-port-scan").daemon().start(() -> {
      try {
        result.set(run(address, ports.toArray(), deadline, progress));
      } catch (Throwable t) {
        failure.set(t);
      }
    });
    try {
      worker.join();
    } catch (InterruptedException e) {
      worker.interrupt();
      worker.join();
      throw e;
    }
    return switch (failure.get()) {
      case null -> result.get();
      case InterruptedException e -> throw new InterruptedException("port scan interrupted");
      case RuntimeException e -> throw e;
      case Error e -> throw e;
      case Throwable t -> throw new IllegalStateException("port scan failed", t);
    };
  }

  private ScanResult run(InetAddress address, int[] list, Deadline deadline, ProgressSink progress) throws Throwable {
    List<Integer> open = new ArrayList<>();
    int filtered = 0;
    int resolved = 0;
    try (LinuxSockets.Session s = sockets.new Session(address)) {
      MemorySegment fds = s.allocate((long) POLLFD_SIZE * concurrency);
      int window = Math.min(concurrency, INITIAL_WINDOW);
      // The pollfd array lives in Java between polls and is copied in and out in bulk: per-entry access to native
      // memory is slow until the JIT has compiled it, and the scan should be fast from its first port.
      long[] pollfd = new long[concurrency];
      int[] port = new int[concurrency];
      long[] started = new long[concurrency];
      int inFlight = 0;
      int next = 0;
      try {
        while (true) {
          if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException();
          }
          boolean stop = deadline.passed();
          while (!stop && inFlight < window && next < list.length) {
            int fd = s.openSocket();
            if (fd < 0) {
              if (inFlight == 0) {
                throw new UncheckedIOException(new IOException("cannot open a socket (errno " + -fd + ")"));
              }
              break;
            }
            int p = list[next++];
            int err = s.startConnect(fd, p);
            if (err == LinuxSockets.EINPROGRESS) {
              pollfd[inFlight] = LinuxSockets.pollfd(fd, POLLOUT);
              port[inFlight] = p;
              started[inFlight] = System.nanoTime();
              inFlight++;
              continue;
            }
            if (err == 0) {
              open.add(p);
              s.abort(fd);
            } else {
              s.close(fd);
              if (err != LinuxSockets.ECONNREFUSED) {
                filtered++;
              }
            }
            resolved = step(progress, resolved + 1, list.length);
          }
          if (inFlight == 0 || stop) {
            break;
          }
          long waitNanos = started[0] + timeoutNanos - System.nanoTime();
          int waitMs = (int) Math.clamp(waitNanos / 1_000_000 + 1, 0, Math.min(MAX_POLL_WAIT_MS, deadline.remaining().toMillis() + 1));
          MemorySegment.copy(pollfd, 0, fds, ValueLayout.JAVA_LONG, 0, inFlight);
          int ready = s.poll(fds, inFlight, waitMs);
          if (ready < 0 && -ready != LinuxSockets.EINTR) {
            throw new UncheckedIOException(new IOException("poll failed (errno " + -ready + ")"));
          }
          if (ready > 0) {
            MemorySegment.copy(fds, ValueLayout.JAVA_LONG, 0, pollfd, 0, inFlight);
          }
          if (ready * 2 < inFlight && inFlight == window) {
            window = Math.min(concurrency, window * 2);
          }
          long now = System.nanoTime();
          int kept = 0;
          for (int i = 0; i < inFlight; i++) {
            int fd = LinuxSockets.pollfdDescriptor(pollfd[i]);
            int events = ready > 0 ? LinuxSockets.pollfdReturnedEvents(pollfd[i]) : 0;
            if (events == 0 && now - started[i] < timeoutNanos) {
              pollfd[kept] = LinuxSockets.pollfd(fd, POLLOUT);
              port[kept] = port[i];
              started[kept] = started[i];
              kept++;
              continue;
            }
            if (events == 0) {
              filtered++;
              s.close(fd);
            } else if ((events & (POLLERR | POLLHUP)) == 0) {
              open.add(port[i]);
              s.abort(fd);
            } else {
              int err = s.pendingError(fd);
              s.close(fd);
              if (err == 0) {
                open.add(port[i]);
              } else if (err != LinuxSockets.ECONNREFUSED) {
                filtered++;
              }
            }
            resolved = step(progress, resolved + 1, list.length);
          }
          inFlight = kept;
        }
      } finally {
        for (int i = 0; i < inFlight; i++) {
          s.close(LinuxSockets.pollfdDescriptor(pollfd[i]));
        }
      }
    }
    open.sort(Integer::compare);
    progress.step("tcp-ports", resolved, list.length);
    return new ScanResult(List.copyOf(open), filtered, resolved, resolved == list.length);
  }

  private static int step(ProgressSink progress, int resolved, int total) {
    if ((resolved & 1023) == 0) {
      progress.step("tcp-ports", resolved, total);
    }
    return resolved;
  }
}
