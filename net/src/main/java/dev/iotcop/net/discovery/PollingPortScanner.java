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
import java.util.function.IntConsumer;

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
 *
 * <p>A long port list is split into lanes, one thread each, as many as there are cores (at most four): most of a
 * scan's time is the kernel's work per connection, which then runs on every core (a full scan of a lab device took
 * 280 instead of 495 ms on two cores). The lanes share the concurrency, so no more attempts are in flight at once
 * than with one.
 */
final class PollingPortScanner implements PortScanner {
  static final int INITIAL_WINDOW = 128;
  private static final int MAX_POLL_WAIT_MS = 100;
  static final int MAX_LANES = 4;
  /** Below this many ports per lane another thread is not worth starting. */
  static final int MIN_PORTS_PER_LANE = 4096;

  private final LinuxSockets sockets;
  private final int concurrency;
  private final long timeoutNanos;
  private final int maxLanes;
  private final int minPortsPerLane;

  PollingPortScanner(LinuxSockets sockets, int concurrency, Duration connectTimeout) {
    this(sockets, concurrency, connectTimeout, Math.clamp(Runtime.getRuntime().availableProcessors(), 1, MAX_LANES),
        MIN_PORTS_PER_LANE);
  }

  PollingPortScanner(LinuxSockets sockets, int concurrency, Duration connectTimeout, int maxLanes, int minPortsPerLane) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1");
    }
    if (maxLanes < 1 || minPortsPerLane < 1) {
      throw new IllegalArgumentException("lanes and ports per lane must be at least 1");
    }
    this.sockets = sockets;
    this.concurrency = concurrency;
    this.timeoutNanos = Math.max(1, connectTimeout.toNanos());
    this.maxLanes = maxLanes;
    this.minPortsPerLane = minPortsPerLane;
  }

  @Override
  public String name() {
    return "poll";
  }

  /**
   * Runs on platform threads of its own: a virtual thread blocked in a foreign call would hold its carrier for the
   * whole scan.
   */
  @Override
  public ScanResult scan(InetAddress address, PortSpec ports, Deadline deadline, ProgressSink progress, IntConsumer found)
      throws InterruptedException {
    int[] list = ports.toArray();
    int lanes = lanes(list.length);
    Progress shared = new Progress(progress, list.length, found);
    List<AtomicReference<ScanResult>> results = new ArrayList<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Thread> workers = new java.util.concurrent.CopyOnWriteArrayList<>();
    for (int lane = 0; lane < lanes; lane++) {
      int[] share = slice(list, lane, lanes);
      int window = Math.max(1, concurrency / lanes + (lane < concurrency % lanes ? 1 : 0));
      AtomicReference<ScanResult> result = new AtomicReference<>();
      results.add(result);
      workers.add(Thread.ofPlatform().name("tcp-port-scan-" + lane).daemon().start(() -> {
        try {
          result.set(run(address, share, window, deadline, shared));
        } catch (Throwable t) {
          failure.compareAndSet(null, t);
          workers.forEach(Thread::interrupt);
        }
      }));
    }
    try {
      for (Thread w : workers) {
        w.join();
      }
    } catch (InterruptedException e) {
      workers.forEach(Thread::interrupt);
      for (Thread w : workers) {
        w.join();
      }
      throw e;
    }
    return switch (failure.get()) {
      case null -> shared.merged(results.stream().map(AtomicReference::get).toList());
      case InterruptedException e -> throw new InterruptedException("port scan interrupted");
      case RuntimeException e -> throw e;
      case Error e -> throw e;
      case Throwable t -> throw new IllegalStateException("port scan failed", t);
    };
  }

  /** As many lanes as cores allow, each with at least {@link #minPortsPerLane} ports and one attempt in flight. */
  int lanes(int ports) {
    return Math.max(1, Math.min(Math.min(maxLanes, concurrency), ports / minPortsPerLane));
  }

  /** Every {@code lanes}-th port from {@code lane} on, so each lane gets low and high ports alike. */
  private static int[] slice(int[] list, int lane, int lanes) {
    int[] share = new int[(list.length - lane + lanes - 1) / lanes];
    for (int i = lane, j = 0; i < list.length; i += lanes, j++) {
      share[j] = list[i];
    }
    return share;
  }

  private ScanResult run(InetAddress address, int[] list, int cap, Deadline deadline, Progress progress)
      throws Throwable {
    Tally tally = new Tally(progress, list.length);
    try (LinuxSockets.Session s = sockets.new Session(address); InFlight flight = new InFlight(s, cap)) {
      int window = Math.min(cap, INITIAL_WINDOW);
      int next = 0;
      while (true) {
        if (Thread.currentThread().isInterrupted()) {
          throw new InterruptedException();
        }
        boolean stop = deadline.passed();
        while (!stop && flight.size() < window && next < list.length && launch(s, list[next], flight, tally)) {
          next++;
        }
        if (flight.size() == 0 || stop) {
          break;
        }
        long waitNanos = flight.oldestStart() + timeoutNanos - System.nanoTime();
        int waitMs = (int) Math.clamp(waitNanos / 1_000_000 + 1, 0, Math.min(MAX_POLL_WAIT_MS, deadline.remaining().toMillis() + 1));
        int ready = flight.poll(waitMs);
        if (ready * 2 < flight.size() && flight.size() == window) {
          window = Math.min(cap, window * 2);
        }
        collect(s, flight, ready > 0, tally);
      }
    }
    return tally.result();
  }

  /** Starts one attempt; false when no socket could be had right now (the attempts in flight must finish first). */
  private static boolean launch(LinuxSockets.Session s, int port, InFlight flight, Tally tally) throws Throwable {
    int fd = s.openSocket();
    if (fd < 0) {
      if (flight.size() == 0) {
        throw new UncheckedIOException(new IOException("cannot open a socket (errno " + -fd + ")"));
      }
      return false;
    }
    int err = s.startConnect(fd, port);
    if (err == LinuxSockets.EINPROGRESS) {
      flight.add(fd, port, System.nanoTime());
    } else if (err == 0) {
      s.abort(fd);
      tally.open(port);
    } else {
      s.close(fd);
      tally.ended(err);
    }
    return true;
  }

  /** Settles every attempt that has an answer or has waited out the timeout, keeps the rest in launch order. */
  private void collect(LinuxSockets.Session s, InFlight flight, boolean anyReady, Tally tally) throws Throwable {
    long now = System.nanoTime();
    int kept = 0;
    for (int i = 0; i < flight.size(); i++) {
      int fd = flight.descriptor(i);
      int events = anyReady ? flight.returnedEvents(i) : 0;
      if (events == 0 && now - flight.started(i) < timeoutNanos) {
        flight.keep(i, kept++);
      } else if (events == 0) {
        s.close(fd);
        tally.filtered();
      } else if ((events & (POLLERR | POLLHUP)) == 0) {
        s.abort(fd);
        tally.open(flight.port(i));
      } else {
        int err = s.pendingError(fd);
        s.close(fd);
        if (err == 0) {
          tally.open(flight.port(i));
        } else {
          tally.ended(err);
        }
      }
    }
    flight.truncate(kept);
  }

  /**
   * The attempts in flight, oldest first. The pollfd array lives in Java between polls and is copied in and out in
   * bulk: per-entry access to native memory is slow until the JIT has compiled it, and the scan should be fast from
   * its first port. Closing it closes every socket still open.
   */
  private static final class InFlight implements AutoCloseable {
    private final LinuxSockets.Session session;
    private final MemorySegment pollSet;
    private final long[] pollfd;
    private final int[] port;
    private final long[] started;
    private int size;

    InFlight(LinuxSockets.Session session, int capacity) {
      this.session = session;
      this.pollSet = session.allocate((long) POLLFD_SIZE * capacity);
      this.pollfd = new long[capacity];
      this.port = new int[capacity];
      this.started = new long[capacity];
    }

    int size() {
      return size;
    }

    void add(int fd, int p, long at) {
      pollfd[size] = LinuxSockets.pollfd(fd, POLLOUT);
      port[size] = p;
      started[size] = at;
      size++;
    }

    long oldestStart() {
      return started[0];
    }

    /** Waits for answers: how many attempts have one (0 on timeout or interruption by a signal). */
    int poll(int timeoutMs) throws Throwable {
      MemorySegment.copy(pollfd, 0, pollSet, ValueLayout.JAVA_LONG, 0, size);
      int ready = session.poll(pollSet, size, timeoutMs);
      if (ready < 0 && -ready != LinuxSockets.EINTR) {
        throw new UncheckedIOException(new IOException("poll failed (errno " + -ready + ")"));
      }
      if (ready > 0) {
        MemorySegment.copy(pollSet, ValueLayout.JAVA_LONG, 0, pollfd, 0, size);
      }
      return Math.max(ready, 0);
    }

    int descriptor(int i) {
      return LinuxSockets.pollfdDescriptor(pollfd[i]);
    }

    int returnedEvents(int i) {
      return LinuxSockets.pollfdReturnedEvents(pollfd[i]);
    }

    int port(int i) {
      return port[i];
    }

    long started(int i) {
      return started[i];
    }

    /** Moves entry {@code from} to {@code to} (never after it), clearing its returned events. */
    void keep(int from, int to) {
      pollfd[to] = LinuxSockets.pollfd(descriptor(from), POLLOUT);
      port[to] = port[from];
      started[to] = started[from];
    }

    void truncate(int newSize) {
      size = newSize;
    }

    @Override
    public void close() throws Exception {
      for (int i = 0; i < size; i++) {
        try {
          session.close(descriptor(i));
        } catch (Throwable t) {
          throw new IllegalStateException("cannot close a socket", t);
        }
      }
      size = 0;
    }
  }

  /** Progress of all lanes together, reported every 1024 ports and once at the end; open ports as they are found. */
  private static final class Progress {
    private final ProgressSink sink;
    private final int total;
    private final IntConsumer found;
    private final java.util.concurrent.atomic.AtomicInteger resolved = new java.util.concurrent.atomic.AtomicInteger();

    Progress(ProgressSink sink, int total, IntConsumer found) {
      this.sink = sink;
      this.total = total;
      this.found = found;
    }

    void step() {
      int done = resolved.incrementAndGet();
      if ((done & 1023) == 0) {
        sink.step("tcp-ports", done, total);
      }
    }

    /** The lanes' results as one, sorted like a single scan's. */
    ScanResult merged(List<ScanResult> lanes) {
      List<Integer> open = new ArrayList<>();
      int filtered = 0;
      int attempted = 0;
      for (ScanResult r : lanes) {
        open.addAll(r.open());
        filtered += r.filtered();
        attempted += r.attempted();
      }
      open.sort(Integer::compare);
      sink.step("tcp-ports", attempted, total);
      return new ScanResult(List.copyOf(open), filtered, attempted, attempted == total);
    }
  }

  /** What one lane has learnt: open ports, how many attempts ended without an answer or with a network error. */
  private static final class Tally {
    private final Progress progress;
    private final int total;
    private final List<Integer> open = new ArrayList<>();
    private int filtered;
    private int resolved;

    Tally(Progress progress, int total) {
      this.progress = progress;
      this.total = total;
    }

    void open(int port) {
      open.add(port);
      progress.found.accept(port);
      step();
    }

    /** An attempt the network ended: refused means a closed port, anything else (no route, host down) filtered. */
    void ended(int errno) {
      if (errno != LinuxSockets.ECONNREFUSED) {
        filtered++;
      }
      step();
    }

    void filtered() {
      filtered++;
      step();
    }

    private void step() {
      resolved++;
      progress.step();
    }

    ScanResult result() {
      return new ScanResult(List.copyOf(open), filtered, resolved, resolved == total);
    }
  }
}
