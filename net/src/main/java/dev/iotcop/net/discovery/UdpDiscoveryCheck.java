package dev.iotcop.net.discovery;

import dev.iotcop.engine.Confidence;
import dev.iotcop.engine.Finding;
import dev.iotcop.engine.Outcome;
import dev.iotcop.engine.Subject;
import dev.iotcop.engine.Target;
import dev.iotcop.engine.Transport;
import dev.iotcop.engine.check.Check;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.engine.check.CheckDescriptor;
import dev.iotcop.engine.check.CheckKind;
import dev.iotcop.engine.check.CheckResult;
import dev.iotcop.engine.check.DeadlineExceededException;
import dev.iotcop.engine.check.FactKind;
import dev.iotcop.engine.evidence.Observation;
import dev.iotcop.engine.fact.Fact;
import dev.iotcop.engine.fact.Facts;
import dev.iotcop.engine.fact.OpenPort;
import dev.iotcop.engine.fact.ServiceFact;
import dev.iotcop.net.check.NetworkChecks;
import dev.iotcop.net.identify.Identification;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;

/**
 * Finds UDP services by asking each port the user named with protocol hellos (SNMP, SSDP, mDNS, CoAP, TFTP). A port
 * counts as open only when something answered: UDP gives no handshake, so a silent port may be closed, filtered or
 * open to a protocol we did not ask, and is listed as such rather than reported open.
 */
public final class UdpDiscoveryCheck implements Check {
  static final String ID = "net.discovery.udp";
  static final CheckDescriptor DESCRIPTOR = new CheckDescriptor(
      ID,
      CheckKind.DISCOVERY,
      List.of("5.6-1"),
      List.of(),
      Set.of(),
      Set.of(FactKind.udp(OpenPort.class), FactKind.udp(ServiceFact.class)),
      List.of(key("answered"), key("service"), key("closed"), key("silent"), key("incomplete")));

  /** Longest wait for one answer: devices on a local network answer in milliseconds. */
  private static final Duration MAX_WAIT = Duration.ofSeconds(1);
  /** Ports asked at the same time; each port's hellos go one after another. */
  private static final int MAX_PARALLEL_PORTS = 8;
  private static final int RETRIES = 1;

  static String key(String suffix) {
    return "check." + ID + "." + suffix;
  }

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<? extends Subject> subjects(Target target, Facts facts) {
    if (target instanceof Target.NetworkDevice d && PortSpec.parse(d.udpPorts()).size() > 0) {
      return List.of(d.subject());
    }
    return List.of();
  }

  @Override
  public CheckResult run(CheckContext ctx, Subject subject) throws InterruptedException {
    ctx.deadline().check();
    Target.NetworkDevice target = NetworkChecks.networkTarget(ctx);
    int[] ports = PortSpec.parse(target.udpPorts()).toArray();
    Duration quarter = ctx.politeness().readTimeout().dividedBy(4);
    UdpHellos hellos = new UdpHellos(UdpHellos.standard(), quarter.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : quarter, RETRIES);
    Map<Integer, UdpHellos.Reply> answers = probe(ctx, target, ports, hellos);

    List<Fact> facts = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    List<String> open = new ArrayList<>();
    List<Integer> closed = new ArrayList<>();
    List<Integer> silent = new ArrayList<>();
    List<Integer> notProbed = new ArrayList<>();
    for (int port : ports) {
      UdpHellos.Reply answer = answers.get(port);
      if (answer == null) {
        notProbed.add(port);
      } else if (answer instanceof UdpHellos.Reply.Closed) {
        closed.add(port);
      } else if (answer instanceof UdpHellos.Reply.Silent) {
        silent.add(port);
      } else if (answer instanceof UdpHellos.Reply.Answered(Identification id)) {
        Subject.Service service = new Subject.Service(target.addressText(), port, Transport.UDP, id.protocol());
        facts.add(new OpenPort(target.addressText(), port, Transport.UDP));
        facts.add(new ServiceFact(service, false, id.product(), id.version(), id.banner(), id.attributes()));
        open.add(port + "/udp " + id.protocol());
        findings.add(new Finding(ID, Outcome.INFO, DESCRIPTOR.provisions(), service, key("service"),
            List.of(id.protocol(), (id.product() + " " + id.version()).strip(), id.banner()),
            List.of(evidence(id)), Confidence.HIGH));
      }
    }
    String asked = String.join(", ", hellos.protocols());
    findings.add(new Finding(ID, Outcome.INFO, DESCRIPTOR.provisions(), subject, key("answered"),
        List.of(Integer.toString(open.size()), Integer.toString(ports.length), open.isEmpty() ? "-" : String.join(", ", open)),
        List.of(Observation.of("portsProbed", PortSpec.of(ports).toString(), "hellos", asked,
            "answered", String.join(", ", open))), Confidence.HIGH));
    if (!closed.isEmpty()) {
      String list = closed.stream().map(String::valueOf).collect(Collectors.joining(","));
      findings.add(new Finding(ID, Outcome.INFO, DESCRIPTOR.provisions(), subject, key("closed"), List.of(list),
          List.of(Observation.of("closedPorts", list, "answer", "ICMP port unreachable")), Confidence.HIGH));
    }
    if (!silent.isEmpty()) {
      String list = silent.stream().map(String::valueOf).collect(Collectors.joining(","));
      findings.add(new Finding(ID, Outcome.INFO, DESCRIPTOR.provisions(), subject, key("silent"), List.of(list, asked),
          List.of(Observation.of("silentPorts", list, "hellos", asked)), Confidence.HIGH));
    }
    if (!notProbed.isEmpty()) {
      String list = notProbed.stream().map(String::valueOf).collect(Collectors.joining(","));
      findings.add(new Finding(ID, Outcome.INCONCLUSIVE, DESCRIPTOR.provisions(), subject, key("incomplete"),
          List.of(Integer.toString(ports.length - notProbed.size()), Integer.toString(ports.length), list),
          List.of(Observation.of("notProbed", list, "reason", "deadline")), Confidence.HIGH));
    }
    return new CheckResult(findings, facts);
  }

  private static Observation evidence(Identification id) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("protocol", id.protocol());
    values.put("answer", id.banner());
    if (!id.product().isEmpty()) {
      values.put("product", (id.product() + " " + id.version()).strip());
    }
    id.attributes().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> values.put(e.getKey(), e.getValue()));
    return new Observation(values);
  }

  /** Ports asked in parallel, a bounded number at a time; a port not reached before the deadline has no entry. */
  private static Map<Integer, UdpHellos.Reply> probe(CheckContext ctx, Target.NetworkDevice target, int[] ports,
      UdpHellos hellos) throws InterruptedException {
    Semaphore slots = new Semaphore(Math.min(MAX_PARALLEL_PORTS, ctx.politeness().discoveryConcurrency()));
    Map<Integer, Future<UdpHellos.Reply>> pending = new LinkedHashMap<>();
    Map<Integer, UdpHellos.Reply> answers = new LinkedHashMap<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int port : ports) {
        InetSocketAddress endpoint = new InetSocketAddress(target.address(), port);
        pending.put(port, pool.submit(() -> {
          slots.acquire();
          try {
            return hellos.identify(endpoint, ctx.deadline());
          } finally {
            slots.release();
          }
        }));
      }
      for (Map.Entry<Integer, Future<UdpHellos.Reply>> e : pending.entrySet()) {
        try {
          answers.put(e.getKey(), e.getValue().get());
        } catch (ExecutionException failed) {
          if (!(failed.getCause() instanceof DeadlineExceededException)) {
            throw new IllegalStateException("UDP probe of port " + e.getKey() + " failed", failed.getCause());
          }
        }
      }
    }
    ctx.progress().step("udp-ports", answers.size(), ports.length);
    return answers;
  }
}
