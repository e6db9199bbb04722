package dev.iotcop.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iotcop.engine.Outcome;
import dev.iotcop.engine.Subject;
import dev.iotcop.engine.Target;
import dev.iotcop.engine.Transport;
import dev.iotcop.engine.check.Check;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.engine.check.CheckDescriptor;
import dev.iotcop.engine.check.CheckResult;
import dev.iotcop.engine.check.FactKind;
import dev.iotcop.engine.check.Need;
import dev.iotcop.engine.check.Politeness;
import dev.iotcop.engine.check.ProgressSink;
import dev.iotcop.engine.fact.Fact;
import dev.iotcop.engine.fact.Facts;
import dev.iotcop.engine.fact.OpenPort;
import dev.iotcop.engine.fact.ServiceFact;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AssessmentRunnerTest {
  private final Target.NetworkDevice target = new Target.NetworkDevice("test", InetAddress.getLoopbackAddress(), Optional.empty());

  @Test
  void planOrdersChecksByTheFactsTheyNeed() {
    List<Check> order = Planner.of(List.of(new FakeChecks.TelnetFailer(Outcome.FAIL), new FakeChecks.Identifier(),
        new FakeChecks.PortFinder())).order();
    assertThat(order).extracting(c -> c.descriptor().id()).containsExactly("test.ports", "test.identify", "test.telnet");
  }

  @Test
  void planRejectsCycles() {
    Check a = new Scripted("test.a", Set.of(Need.all(ServiceFact.class)), Set.of(FactKind.of(OpenPort.class)),
        (t, f) -> List.of(), (c, s) -> CheckResult.empty());
    assertThatThrownBy(() -> Planner.of(List.of(a, new FakeChecks.Identifier()))).hasMessageContaining("cycle");
  }

  @Test
  void aCheckOnTcpServicesDoesNotWaitForUdpDiscoveryNorSeeItsFacts() throws Exception {
    CountDownLatch tcpCheckRan = new CountDownLatch(1);
    AtomicBoolean udpWaitedInVain = new AtomicBoolean();
    List<Facts> seenByTcpCheck = new CopyOnWriteArrayList<>();
    Check udp = new Scripted("test.udp", Set.of(), Set.of(FactKind.udp(ServiceFact.class)), (t, f) -> List.of(device()),
        (c, s) -> {
          udpWaitedInVain.set(!tcpCheckRan.await(10, TimeUnit.SECONDS));
          return CheckResult.facts(List.of(service(161, Transport.UDP, "snmp")));
        });
    Check tcp = new Scripted("test.tcp", Set.of(Need.tcp(ServiceFact.class)), Set.of(), (t, f) -> f.serviceSubjects(),
        (c, s) -> {
          seenByTcpCheck.add(c.facts());
          tcpCheckRan.countDown();
          return CheckResult.empty();
        });
    List<Facts> seenByWholeInventory = new CopyOnWriteArrayList<>();
    Check inventory = new Scripted("test.inventory", Set.of(Need.all(ServiceFact.class)), Set.of(), (t, f) -> List.of(device()),
        (c, s) -> {
          seenByWholeInventory.add(c.facts());
          return CheckResult.empty();
        });
    AssessmentResult r = new AssessmentRunner(Clock.systemUTC()).run(target,
        List.of(udp, tcp, inventory, new FakeChecks.PortFinder(), new FakeChecks.Identifier()), Politeness.standard(), ProgressSink.NONE);
    assertThat(udpWaitedInVain).isFalse();
    assertThat(seenByTcpCheck).hasSize(2).allSatisfy(f -> assertThat(f.services()).extracting(ServiceFact::protocol)
        .containsOnly("telnet"));
    assertThat(seenByWholeInventory).singleElement().satisfies(f -> assertThat(f.services()).extracting(ServiceFact::protocol)
        .containsExactlyInAnyOrder("telnet", "telnet", "snmp"));
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void aRunThatNeedsFactsAboutItsOwnSubjectWaitsOnlyForThatSubject() throws Exception {
    CountDownLatch consumerRanOn23 = new CountDownLatch(1);
    AtomicBoolean producerWaitedInVain = new AtomicBoolean();
    Map<Integer, Facts> seen = new ConcurrentHashMap<>();
    Check producer = new Scripted("test.produce", Set.of(Need.tcp(ServiceFact.class)), Set.of(FactKind.tcp(Mark.class)),
        (t, f) -> f.serviceSubjects(), (c, s) -> {
          Subject.Service svc = (Subject.Service) s;
          if (svc.port() == 80) {
            producerWaitedInVain.set(!consumerRanOn23.await(10, TimeUnit.SECONDS));
          }
          return CheckResult.facts(List.of(new Mark(svc)));
        });
    Check consumer = new Scripted("test.consume", Set.of(Need.tcp(ServiceFact.class), Need.ownSubject(Mark.class)), Set.of(),
        (t, f) -> f.serviceSubjects(), (c, s) -> {
          Subject.Service svc = (Subject.Service) s;
          seen.put(svc.port(), c.facts());
          if (svc.port() == 23) {
            consumerRanOn23.countDown();
          }
          return CheckResult.empty();
        });
    AssessmentResult r = new AssessmentRunner(Clock.systemUTC()).run(target,
        List.of(consumer, producer, new FakeChecks.PortFinder(), new FakeChecks.Identifier()), Politeness.standard(), ProgressSink.NONE);
    assertThat(producerWaitedInVain).isFalse();
    assertThat(seen).containsOnlyKeys(23, 80);
    seen.forEach((port, facts) -> assertThat(facts.all(Mark.class)).extracting(m -> m.service().port()).containsExactly(port));

    RunTime produced23 = runOf(r, "test.produce", 23);
    RunTime consumed23 = runOf(r, "test.consume", 23);
    assertThat(consumed23.start()).isGreaterThanOrEqualTo(produced23.end());
    assertThat(consumed23.start()).as("port 23 was consumed while port 80 was still being produced")
        .isLessThan(runOf(r, "test.produce", 80).end());
    assertThat(r.runs()).extracting(RunTime::start).isSorted();
    assertThat(r.checkTime("test.consume")).isEqualTo(consumed23.elapsed().plus(runOf(r, "test.consume", 80).elapsed()));
  }

  @Test
  @org.junit.jupiter.api.Timeout(30)
  void checksOnEachServiceStartWhileDiscoveryStillRunsAndWholeViewsWaitForItsEnd() throws Exception {
    CountDownLatch loginOn23Started = new CountDownLatch(1);
    AtomicBoolean discoveryWaitedInVain = new AtomicBoolean();
    String address = device().address();
    // Shares port 23 at once, and finds port 80 only after a login has started on 23.
    Check discovery = new Scripted("test.discover", Set.of(), Set.of(FactKind.tcp(OpenPort.class)), (t, f) -> List.of(device()),
        (c, s) -> {
          c.share(List.of(new OpenPort(address, 23, Transport.TCP)));
          discoveryWaitedInVain.set(!loginOn23Started.await(10, TimeUnit.SECONDS));
          return CheckResult.facts(List.of(new OpenPort(address, 23, Transport.TCP), new OpenPort(address, 80, Transport.TCP)));
        });
    Check identify = new Scripted("test.identify-each", Set.of(Need.eachTcp(OpenPort.class)), Set.of(FactKind.tcp(ServiceFact.class)),
        (t, f) -> new FakeChecks.Identifier().subjects(t, f), (c, s) -> {
          assertThat(c.facts().all(OpenPort.class)).extracting(OpenPort::port).containsExactly(((Subject.Service) s).port());
          return new FakeChecks.Identifier().run(c, s);
        });
    Map<Integer, Facts> seenAtStart = new ConcurrentHashMap<>();
    Map<Integer, Facts> seenInFull = new ConcurrentHashMap<>();
    Check login = new Scripted("test.login", Set.of(Need.eachTcp(ServiceFact.class), Need.tcpOnRequest(ServiceFact.class)),
        Set.of(), (t, f) -> f.serviceSubjects("telnet"), (c, s) -> {
          int port = ((Subject.Service) s).port();
          seenAtStart.put(port, c.facts());
          if (port == 23) {
            loginOn23Started.countDown();
          }
          seenInFull.put(port, c.factsInFull());
          return CheckResult.empty();
        });
    List<Facts> seenByInventory = new CopyOnWriteArrayList<>();
    Check inventory = new Scripted("test.inventory", Set.of(Need.tcp(ServiceFact.class)), Set.of(), (t, f) -> List.of(device()),
        (c, s) -> {
          seenByInventory.add(c.facts());
          return CheckResult.empty();
        });

    AssessmentResult r = new AssessmentRunner(Clock.systemUTC()).run(target, List.of(inventory, login, identify, discovery),
        Politeness.standard(), ProgressSink.NONE);

    assertThat(discoveryWaitedInVain).as("the login on port 23 started before discovery had finished").isFalse();
    assertThat(r.findings()).isEmpty();
    assertThat(seenAtStart).containsOnlyKeys(23, 80);
    seenAtStart.forEach((port, facts) -> assertThat(facts.services()).extracting(f -> f.service().port()).containsExactly(port));
    assertThat(seenInFull).containsOnlyKeys(23, 80);
    seenInFull.forEach((port, facts) -> assertThat(facts.services()).extracting(f -> f.service().port())
        .as("asked in full on %d", port).containsExactlyInAnyOrder(23, 80));
    assertThat(seenByInventory).singleElement().satisfies(f -> assertThat(f.services()).hasSize(2));
    RunTime discovered = firstRunOf(r, "test.discover");
    assertThat(runOf(r, "test.login", 23).start()).isLessThan(discovered.end());
    assertThat(firstRunOf(r, "test.inventory").start())
        .as("a check needing every service waits for the end of discovery and identification")
        .isGreaterThanOrEqualTo(discovered.end()).isGreaterThanOrEqualTo(runOf(r, "test.identify-each", 80).end());
    assertThat(r.facts().all(OpenPort.class)).hasSize(2);
  }

  @Test
  void aRunIsNotStartedOnAServiceWhoseFactsAProducerIsStillGathering() throws Exception {
    // The producer shares a fact about port 80 only; the run on 23 must wait for the producer to finish.
    String address = device().address();
    Check discovery = new Scripted("test.discover", Set.of(), Set.of(FactKind.tcp(OpenPort.class)), (t, f) -> List.of(device()),
        (c, s) -> {
          c.share(List.of(new OpenPort(address, 80, Transport.TCP)));
          Thread.sleep(300);
          return CheckResult.facts(List.of(new OpenPort(address, 23, Transport.TCP)));
        });
    Check identify = new Scripted("test.identify-each", Set.of(Need.eachTcp(OpenPort.class)), Set.of(FactKind.tcp(ServiceFact.class)),
        (t, f) -> new FakeChecks.Identifier().subjects(t, f), (c, s) -> new FakeChecks.Identifier().run(c, s));
    AssessmentResult r = new AssessmentRunner(Clock.systemUTC()).run(target, List.of(identify, discovery), Politeness.standard(),
        ProgressSink.NONE);
    RunTime discovered = firstRunOf(r, "test.discover");
    assertThat(runOf(r, "test.identify-each", 80).start()).isLessThan(discovered.end());
    assertThat(runOf(r, "test.identify-each", 23).start()).isGreaterThanOrEqualTo(discovered.end());
    assertThat(r.facts().services()).hasSize(2);
  }

  @Test
  @org.junit.jupiter.api.Timeout(30)
  void aRunAskingForFactsInFullGetsThoseKnownSoFarOnceTheyDecideItsQuestion() throws Exception {
    CountDownLatch answered = new CountDownLatch(1);
    AtomicBoolean producerWaitedInVain = new AtomicBoolean();
    Check producer = new Scripted("test.produce", Set.of(), Set.of(FactKind.tcp(ServiceFact.class)), (t, f) -> List.of(device()),
        (c, s) -> {
          c.share(List.of(service(22, Transport.TCP, "ssh")));
          producerWaitedInVain.set(!answered.await(10, TimeUnit.SECONDS));
          return CheckResult.facts(List.of(service(23, Transport.TCP, "telnet")));
        });
    List<Facts> got = new CopyOnWriteArrayList<>();
    Check asking = new Scripted("test.asking", Set.of(Need.tcpOnRequest(ServiceFact.class)), Set.of(), (t, f) -> List.of(device()),
        (c, s) -> {
          got.add(c.factsInFull(known -> !known.services("ssh").isEmpty()));
          answered.countDown();
          got.add(c.factsInFull());
          return CheckResult.empty();
        });
    AssessmentResult r = new AssessmentRunner(Clock.systemUTC()).run(target, List.of(asking, producer), Politeness.standard(),
        ProgressSink.NONE);
    assertThat(producerWaitedInVain).as("answered while the producer was still running").isFalse();
    assertThat(got).hasSize(2);
    assertThat(got.get(0).services()).extracting(ServiceFact::protocol).containsExactly("ssh");
    assertThat(got.get(1).services()).extracting(ServiceFact::protocol).containsExactlyInAnyOrder("ssh", "telnet");
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void askingForFactsInFullThatNeverCompleteEndsAtTheDeadline() throws Exception {
    Check slow = new Scripted("test.slow", Set.of(), Set.of(FactKind.tcp(ServiceFact.class)), (t, f) -> List.of(device()), (c, s) -> {
      Thread.sleep(60_000);
      return CheckResult.empty();
    });
    Check asking = new Scripted("test.asking", Set.of(Need.tcpOnRequest(ServiceFact.class)), Set.of(), (t, f) -> List.of(device()),
        (c, s) -> {
          c.factsInFull();
          return CheckResult.empty();
        });
    AssessmentResult r = new AssessmentRunner(Clock.systemUTC()).run(target, List.of(slow, asking),
        Politeness.standard().withDeadline(Duration.ofMillis(300)), ProgressSink.NONE);
    assertThat(r.findings()).hasSize(2).allSatisfy(f -> {
      assertThat(f.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
      assertThat(f.messageKey()).isEqualTo(AssessmentRunner.KEY_DEADLINE);
    });
    assertThat(r.runs()).extracting(RunTime::checkId).contains("test.asking");
  }

  @Test
  void aCheckChoosingTheDeviceBeforeItsFactsAreCompleteIsRefused() {
    String address = device().address();
    Check discovery = new Scripted("test.discover", Set.of(), Set.of(FactKind.tcp(OpenPort.class)), (t, f) -> List.of(device()),
        (c, s) -> {
          c.share(List.of(new OpenPort(address, 80, Transport.TCP)));
          Thread.sleep(200);
          return CheckResult.empty();
        });
    Check wrong = new Scripted("test.wrong", Set.of(Need.eachTcp(OpenPort.class)), Set.of(), (t, f) -> List.of(device()),
        (c, s) -> CheckResult.empty());
    assertThatThrownBy(() -> new AssessmentRunner(Clock.systemUTC()).run(target, List.of(discovery, wrong), Politeness.standard(),
        ProgressSink.NONE)).hasMessageContaining("only services may be chosen early");
  }

  private static RunTime firstRunOf(AssessmentResult r, String checkId) {
    return r.runs().stream().filter(x -> x.checkId().equals(checkId)).findFirst().orElseThrow();
  }

  private static RunTime runOf(AssessmentResult r, String checkId, int port) {
    return r.runs().stream()
        .filter(x -> x.checkId().equals(checkId) && x.subject() instanceof Subject.Service s && s.port() == port)
        .findFirst().orElseThrow();
  }

  @Test
  @org.junit.jupiter.api.Timeout(20)
  void aCheckThrowingAnErrorIsInconclusiveAtOnceNotAtTheDeadline() throws Exception {
    Check broken = new Scripted("test.broken", Set.of(), Set.of(), (t, f) -> List.of(device()), (c, s) -> {
      throw new AssertionError("broken invariant");
    });
    AssessmentResult r = new AssessmentRunner(Clock.systemUTC()).run(target, List.of(broken), Politeness.standard(),
        ProgressSink.NONE);
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
      assertThat(f.messageKey()).isEqualTo(AssessmentRunner.KEY_ERROR);
      assertThat(f.messageArgs()).contains("AssertionError: broken invariant");
    });
  }

  @ParameterizedTest(name = "shared before the end: {0}")
  @ValueSource(booleans = {false, true})
  void aFactTheCheckDidNotDeclareIsDroppedAndTheRunInconclusive(boolean shared) throws Exception {
    ServiceFact undeclared = service(22, Transport.TCP, "ssh");
    Check sneaky = new Scripted("test.sneaky", Set.of(), Set.of(), (t, f) -> List.of(device()), (c, s) -> {
      if (shared) {
        c.share(List.of(undeclared));
        return CheckResult.empty();
      }
      return CheckResult.facts(List.of(undeclared));
    });
    AssessmentResult r = new AssessmentRunner(Clock.systemUTC()).run(target, List.of(sneaky), Politeness.standard(), ProgressSink.NONE);
    assertThat(r.facts().size()).isZero();
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
      assertThat(String.join(" ", f.messageArgs())).contains("does not declare");
    });
  }

  @Test
  void aCheckOnOneServiceMayNotProduceFactsAboutAnother() throws Exception {
    Check stray = new Scripted("test.stray", Set.of(Need.tcp(ServiceFact.class)), Set.of(FactKind.tcp(Mark.class)),
        (t, f) -> f.serviceSubjects(), (c, s) -> CheckResult.facts(List.of(new Mark(service(9999, Transport.TCP, "x").service()))));
    AssessmentResult r = new AssessmentRunner(Clock.systemUTC()).run(target,
        List.of(stray, new FakeChecks.PortFinder(), new FakeChecks.Identifier()), Politeness.standard(), ProgressSink.NONE);
    assertThat(r.facts().all(Mark.class)).isEmpty();
    assertThat(r.findings()).hasSize(2).allSatisfy(f -> assertThat(String.join(" ", f.messageArgs())).contains("another service"));
  }

  @Test
  void factsFlowFromProducerToConsumerAndChecksRunPerSubject() throws Exception {
    AssessmentResult r = new AssessmentRunner(Clock.systemUTC()).run(target,
        List.of(new FakeChecks.PortFinder(), new FakeChecks.Identifier(), new FakeChecks.TelnetFailer(Outcome.FAIL)),
        Politeness.standard(), ProgressSink.NONE);
    assertThat(r.facts().services("telnet")).hasSize(2);
    assertThat(r.findings()).hasSize(2).allMatch(f -> f.outcome() == Outcome.FAIL);
    assertThat(r.findings()).extracting(f -> f.subject().label()).containsExactly("127.0.0.1:23/tcp telnet", "127.0.0.1:80/tcp telnet");
    assertThat(r.checks()).containsKeys("test.ports", "test.identify", "test.telnet");
  }

  @Test
  void everyRunIsAnnouncedOnceBeforeItRuns() throws Exception {
    List<String> announced = new CopyOnWriteArrayList<>();
    ProgressSink sink = new ProgressSink() {
      @Override
      public void step(String what, long done, long total) {}

      @Override
      public void note(String text) {}

      @Override
      public void started(CheckDescriptor check, Subject subject) {
        announced.add(check.id() + " " + subject.label());
      }
    };
    AssessmentResult r = new AssessmentRunner(Clock.systemUTC()).run(target,
        List.of(new FakeChecks.PortFinder(), new FakeChecks.Identifier(), new FakeChecks.TelnetFailer(Outcome.FAIL)),
        Politeness.standard(), sink);
    assertThat(announced).containsExactlyInAnyOrderElementsOf(
        r.runs().stream().map(x -> x.checkId() + " " + x.subject().label()).toList());
    assertThat(announced.getFirst()).startsWith("test.ports");
    assertThat(announced).hasSize(5);
  }

  @Test
  void aCheckRunningPastTheDeadlineBecomesInconclusive() throws Exception {
    long t0 = System.nanoTime();
    AssessmentResult r = new AssessmentRunner(Clock.systemUTC()).run(target, List.of(new FakeChecks.Sleeper()),
        Politeness.standard().withDeadline(Duration.ofMillis(200)), ProgressSink.NONE);
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
      assertThat(f.messageKey()).isEqualTo(AssessmentRunner.KEY_DEADLINE);
      assertThat(f.provisions()).containsExactly("5.1-1");
    });
  }

  @Test
  void anUnexpectedErrorBecomesInconclusiveWithItsReason() throws Exception {
    AssessmentResult r = new AssessmentRunner(Clock.systemUTC()).run(target, List.of(new FakeChecks.Crasher()), Politeness.standard(),
        ProgressSink.NONE);
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
      assertThat(f.messageArgs()).contains("IllegalStateException: boom");
    });
  }

  private Subject.Device device() {
    return target.subject();
  }

  private ServiceFact service(int port, Transport transport, String protocol) {
    return new ServiceFact(new Subject.Service(target.subject().address(), port, transport, protocol), false, "", "", "", Map.of());
  }

  /** A fact about one service, for the tests of per-subject waiting. */
  record Mark(Subject.Service service) implements Fact {
    @Override
    public Optional<Subject.Service> concerning() {
      return Optional.of(service);
    }
  }

  interface Subjects {
    List<? extends Subject> of(Target target, Facts facts);
  }

  interface Body {
    CheckResult run(CheckContext context, Subject subject) throws InterruptedException;
  }

  /** A check whose subjects and run are given as lambdas. */
  record Scripted(String id, Set<Need> requires, Set<FactKind> produces, Subjects subjects, Body body) implements Check {
    @Override
    public CheckDescriptor descriptor() {
      return FakeChecks.descriptor(id, requires, produces);
    }

    @Override
    public List<? extends Subject> subjects(Target target, Facts facts) {
      return subjects.of(target, facts);
    }

    @Override
    public CheckResult run(CheckContext context, Subject subject) throws InterruptedException {
      return body.run(context, subject);
    }
  }
}
