package dev.iotcop.engine.run;

import dev.iotcop.engine.Subject;
import dev.iotcop.engine.check.ConnectionGate;
import dev.iotcop.engine.check.Deadline;
import dev.iotcop.engine.check.DeadlineExceededException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link ConnectionGate} for one device: one fair semaphore for the device and one per service endpoint. A closed
 * session of a service that usually runs one process per session (telnet, FTP, SSH, or one not identified yet) keeps
 * its place among that service's sessions for {@code linger}, because such daemons (inetd, sshd's MaxStartups) count a
 * session until its process has ended; the device's own place is given back at once, since the device's network stack
 * is done with the connection when it is closed. A session whose device was seen closing its end too (its process has
 * ended) keeps its place only for {@code lingerAfterDeviceClosed}, the moment the counting daemon needs to notice.
 */
public final class SemaphoreConnectionGate implements ConnectionGate {
  private final Semaphore device;
  private final int perService;
  private final Deadline deadline;
  private final Duration linger;
  private final Duration lingerAfterDeviceClosed;
  /** Protocols whose daemons commonly fork (or are started by inetd) per session. */
  static final Set<String> PROCESS_PER_SESSION = Set.of("telnet", "ftp", "ftps", "ssh", "unknown");
  private final ConcurrentHashMap<String, Semaphore> services = new ConcurrentHashMap<>();
  private final AtomicInteger open = new AtomicInteger();
  private final AtomicInteger peak = new AtomicInteger();

  public SemaphoreConnectionGate(int perDevice, int perService, Duration linger, Duration lingerAfterDeviceClosed,
      Deadline deadline) {
    if (lingerAfterDeviceClosed.compareTo(linger) > 0) {
      throw new IllegalArgumentException("the linger after the device closed cannot be longer than the linger");
    }
    this.device = new Semaphore(perDevice, true);
    this.perService = perService;
    this.linger = linger;
    this.lingerAfterDeviceClosed = lingerAfterDeviceClosed;
    this.deadline = deadline;
  }

  @Override
  public Permit open(Subject.Service service) throws InterruptedException {
    Semaphore s = services.computeIfAbsent(service.endpoint() + "/" + service.transport(), k -> new Semaphore(perService, true));
    acquire(s);
    try {
      acquire(device);
    } catch (InterruptedException | RuntimeException e) {
      s.release();
      throw e;
    }
    peak.accumulateAndGet(open.incrementAndGet(), Math::max);
    return new Permit() {
      private boolean closed;
      private boolean deviceClosed;

      @Override
      public synchronized void deviceClosed() {
        deviceClosed = true;
      }

      @Override
      public synchronized void close() {
        if (!closed) {
          closed = true;
          open.decrementAndGet();
          device.release();
          Duration wait = deviceClosed ? lingerAfterDeviceClosed : linger;
          if (wait.isZero() || !PROCESS_PER_SESSION.contains(service.protocol())) {
            s.release();
          } else {
            Thread.ofVirtual().start(() -> {
              try {
                Thread.sleep(wait);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } finally {
                s.release();
              }
            });
          }
        }
      }
    };
  }

  private void acquire(Semaphore s) throws InterruptedException {
    long waitMs = deadline.remaining().toMillis();
    if (waitMs <= 0 || !s.tryAcquire(waitMs, TimeUnit.MILLISECONDS)) {
      throw new DeadlineExceededException(deadline.at());
    }
  }

  /** The most sessions that were open at once; reported so users can see the cap held. */
  public int peakOpen() {
    return peak.get();
  }
}
