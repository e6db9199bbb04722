package dev.iotcop.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iotcop.engine.Subject;
import dev.iotcop.engine.Transport;
import dev.iotcop.engine.check.ConnectionGate;
import dev.iotcop.engine.check.Deadline;
import dev.iotcop.engine.check.DeadlineExceededException;
import dev.iotcop.engine.check.Politeness;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PolitenessMechanismsTest {
  static final Subject.Service TELNET = new Subject.Service("192.0.2.7", 23, Transport.TCP, "telnet");
  static final Subject.Service HTTP = new Subject.Service("192.0.2.7", 80, Transport.TCP, "http");

  @Test
  void gateNeverAdmitsMoreThanTheCaps() throws Exception {
    Deadline deadline = Deadline.in(Duration.ofSeconds(20), Clock.systemUTC());
    SemaphoreConnectionGate gate = new SemaphoreConnectionGate(3, 2, Duration.ZERO, Duration.ZERO, deadline);
    AtomicInteger telnetOpen = new AtomicInteger();
    AtomicInteger telnetPeak = new AtomicInteger();
    List<Runnable> work = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Subject.Service s = i % 2 == 0 ? TELNET : HTTP;
      work.add(() -> {
        try (ConnectionGate.Permit p = gate.open(s)) {
          if (s == TELNET) {
            telnetPeak.accumulateAndGet(telnetOpen.incrementAndGet(), Math::max);
          }
          Thread.sleep(5);
          if (s == TELNET) {
            telnetOpen.decrementAndGet();
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
    }
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      work.forEach(pool::submit);
    }
    assertThat(gate.peakOpen()).isBetween(1, 3);
    assertThat(telnetPeak.get()).isBetween(1, 2);
  }

  @Test
  void gateGivesUpAtTheDeadline() throws Exception {
    Deadline deadline = Deadline.in(Duration.ofMillis(150), Clock.systemUTC());
    SemaphoreConnectionGate gate = new SemaphoreConnectionGate(1, 1, Duration.ZERO, Duration.ZERO, deadline);
    CountDownLatch held = new CountDownLatch(1);
    try (ConnectionGate.Permit p = gate.open(TELNET)) {
      held.countDown();
      assertThatThrownBy(() -> gate.open(TELNET)).isInstanceOf(DeadlineExceededException.class);
    }
  }

  @Test
  void loginBudgetCapsAttemptsPerServiceAndFailuresPerAccount() {
    AssessmentLoginBudget budget = new AssessmentLoginBudget(5, 2);
    assertThat(budget.reserve(TELNET, "root")).isEmpty();
    budget.record(TELNET, "root", false);
    assertThat(budget.reserve(TELNET, "root")).isEmpty();
    budget.record(TELNET, "root", false);
    assertThat(budget.reserve(TELNET, "root")).get().asString().contains("account 'root'");
    assertThat(budget.reserve(TELNET, "admin")).isEmpty();
    budget.record(TELNET, "admin", true);
    assertThat(budget.reserve(TELNET, "admin")).isEmpty();
    budget.record(TELNET, "admin", false);
    assertThat(budget.reserve(TELNET, "user")).isEmpty();
    assertThat(budget.reserve(TELNET, "guest")).get().asString().contains("budget of 5");
    assertThat(budget.reserve(HTTP, "guest")).as("attempt budgets are per service").isEmpty();
    assertThat(budget.reserve(HTTP, "root")).as("failures of an account count over the whole device").isPresent();
  }

  @Test
  void failedLoginsOfAnAccountCountOverEveryServiceOfTheDevice() {
    Subject.Service ssh = new Subject.Service("192.0.2.7", 22, Transport.TCP, "ssh");
    Subject.Service otherDevice = new Subject.Service("192.0.2.8", 22, Transport.TCP, "ssh");
    AssessmentLoginBudget budget = new AssessmentLoginBudget(50, 2);
    budget.reserve(TELNET, "root");
    budget.record(TELNET, "root", false);
    assertThat(budget.failuresLeft(ssh, "root")).isEqualTo(1);
    assertThat(budget.failuresOn(ssh, "root")).isZero();
    assertThat(budget.failuresOn(TELNET, "root")).isEqualTo(1);
    budget.reserve(ssh, "root");
    budget.record(ssh, "root", false);
    assertThat(budget.reserve(TELNET, "root")).as("the device-wide cap of 2 is reached").isPresent();
    assertThat(budget.reserve(otherDevice, "root")).as("another device has its own budget").isEmpty();
  }

  @Test
  void aClosedSessionKeepsItsPlaceForTheLinger() throws Exception {
    Deadline deadline = Deadline.in(Duration.ofSeconds(20), Clock.systemUTC());
    SemaphoreConnectionGate gate = new SemaphoreConnectionGate(2, 1, Duration.ofMillis(400), Duration.ofMillis(100), deadline);
    gate.open(TELNET).close();
    long t0 = System.nanoTime();
    gate.open(TELNET).close();
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(350));
    gate.open(HTTP).close();
    long t1 = System.nanoTime();
    gate.open(HTTP).close();
    assertThat(Duration.ofNanos(System.nanoTime() - t1)).as("web servers need no linger").isLessThan(Duration.ofMillis(300));
  }

  @Test
  void aSessionTheDeviceClosedTooKeepsItsPlaceOnlyForTheShortLinger() throws Exception {
    Deadline deadline = Deadline.in(Duration.ofSeconds(1), Clock.systemUTC());
    SemaphoreConnectionGate gate = new SemaphoreConnectionGate(2, 1, Duration.ofSeconds(30), Duration.ZERO, deadline);
    ConnectionGate.Permit closedByBoth = gate.open(TELNET);
    closedByBoth.deviceClosed();
    closedByBoth.close();
    // Had the 30 s linger applied, this would wait past the deadline and throw.
    gate.open(TELNET).close();
    assertThatThrownBy(() -> gate.open(TELNET)).as("a session the device did not close keeps the whole linger")
        .isInstanceOf(DeadlineExceededException.class);
  }

  @Test
  void theShortLingerCannotExceedTheLinger() {
    Deadline deadline = Deadline.in(Duration.ofSeconds(1), Clock.systemUTC());
    assertThatThrownBy(() -> new SemaphoreConnectionGate(2, 1, Duration.ofMillis(100), Duration.ofMillis(200), deadline))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Politeness.standard().lingerAfterDeviceClosed()).isEqualTo(Duration.ofMillis(100));
  }

  @Test
  void theLingerHoldsTheServicesPlaceNotTheDevices() throws Exception {
    Deadline deadline = Deadline.in(Duration.ofSeconds(5), Clock.systemUTC());
    SemaphoreConnectionGate gate = new SemaphoreConnectionGate(1, 1, Duration.ofSeconds(30), Duration.ofSeconds(10), deadline);
    gate.open(TELNET).close();
    Subject.Service ssh = new Subject.Service(TELNET.address(), 22, Transport.TCP, "ssh");
    // Were the device's one place still held, this would wait for it until the deadline and throw.
    ConnectionGate.Permit other = gate.open(ssh);
    other.close();
    assertThat(gate.peakOpen()).isEqualTo(1);
  }

  @Test
  void lockoutStopsEveryLaterAttemptOnThatService() {
    AssessmentLoginBudget budget = new AssessmentLoginBudget(50, 5);
    budget.lockoutSeen(TELNET, "connection closed before the prompt");
    assertThat(budget.reserve(TELNET, "root")).get().asString().contains("lockout");
    assertThat(budget.reserve(HTTP, "root")).isEmpty();
  }

  @Property(tries = 200)
  void concurrentReservationsNeverExceedTheAccountCap(@ForAll @IntRange(min = 1, max = 6) int cap,
      @ForAll @IntRange(min = 1, max = 30) int threads) throws Exception {
    AssessmentLoginBudget budget = new AssessmentLoginBudget(1000, cap);
    AtomicInteger granted = new AtomicInteger();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < threads; i++) {
        pool.submit(() -> {
          if (budget.reserve(TELNET, "root").isEmpty()) {
            granted.incrementAndGet();
            budget.record(TELNET, "root", false);
          }
        });
      }
    }
    assertThat(granted.get()).isEqualTo(Math.min(cap, threads));
  }

  @Test
  void politenessRejectsNonsense() {
    assertThatThrownBy(() -> Politeness.standard().withConnectionCaps(0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Politeness.standard().withDeadline(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Politeness.gentle().maxConnectionsPerDevice()).isLessThan(Politeness.standard().maxConnectionsPerDevice());
  }
}
