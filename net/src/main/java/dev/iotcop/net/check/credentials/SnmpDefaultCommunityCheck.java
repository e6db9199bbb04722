package dev.iotcop.net.check.credentials;

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
import dev.iotcop.engine.check.ConnectionGate;
import dev.iotcop.engine.check.Need;
import dev.iotcop.engine.evidence.CredentialEvidence;
import dev.iotcop.engine.evidence.Evidence;
import dev.iotcop.engine.evidence.Observation;
import dev.iotcop.engine.evidence.Secret;
import dev.iotcop.engine.fact.Facts;
import dev.iotcop.engine.fact.ServiceFact;
import dev.iotcop.net.proto.snmp.PduType;
import dev.iotcop.net.proto.snmp.SnmpClient;
import dev.iotcop.net.proto.snmp.SnmpMessage;
import dev.iotcop.net.proto.snmp.SnmpValue;
import dev.iotcop.net.proto.snmp.SnmpVersion;
import dev.iotcop.net.proto.snmp.SystemGroup;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Asks an SNMP agent for sysDescr.0 with a short list of well-known community strings (v2c, then v1). There is no
 * wrong-password control for SNMP: agents drop requests with a wrong community silently, so an answer is itself the
 * proof that the community works. Only reads are sent.
 */
public final class SnmpDefaultCommunityCheck implements Check {
  static final String ID = "net.snmp.default-community";
  /** Communities tried at most, most common first. */
  static final int COMMUNITY_LIMIT = 4;
  /** Wait per request; SNMP agents answer at once or not at all. */
  static final Duration MAX_WAIT = Duration.ofSeconds(2);
  static final String FOUND = "found";
  static final String REJECTED = "rejected";
  static final String BUDGET = "budget";
  static final String UNREACHABLE = "unreachable";
  static final CheckDescriptor DESCRIPTOR = new CheckDescriptor(ID, CheckKind.NETWORK, CredentialChecks.PROVISIONS,
      CredentialChecks.TEST_CASES, Set.of(Need.udp(ServiceFact.class)), Set.of(),
      List.of(key(FOUND), key(REJECTED), key(BUDGET), key(UNREACHABLE)));

  private static String key(String suffix) {
    return "check." + ID + "." + suffix;
  }

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<? extends Subject> subjects(Target target, Facts facts) {
    return facts.serviceSubjects("snmp").stream().filter(s -> s.transport() == Transport.UDP).toList();
  }

  @Override
  public CheckResult run(CheckContext ctx, Subject subject) throws InterruptedException {
    ctx.deadline().check();
    Subject.Service service = (Subject.Service) subject;
    List<SnmpCommunity> communities = CredentialCatalog.shipped().communities();
    communities = communities.subList(0, Math.min(COMMUNITY_LIMIT, communities.size()));
    int tried = 0;
    for (SnmpCommunity c : communities) {
      if (tried > 0) {
        DefaultCredentialTrial.pause(ctx);
      }
      String account = "community #" + c.rank();
      Optional<String> refused = ctx.logins().reserve(service, account);
      if (refused.isPresent()) {
        return CheckResult.of(finding(service, Outcome.INCONCLUSIVE, BUDGET, List.of(Integer.toString(tried), refused.get()),
            List.of()));
      }
      Optional<Answer> answer;
      try {
        answer = ask(ctx, service, c.community());
      } catch (IOException e) {
        ctx.logins().record(service, account, false);
        return CheckResult.of(finding(service, Outcome.INCONCLUSIVE, UNREACHABLE,
            List.of(e.getClass().getSimpleName() + ": " + e.getMessage()), List.of()));
      }
      ctx.logins().record(service, account, answer.isPresent());
      tried++;
      if (answer.isPresent()) {
        Answer a = answer.get();
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(new CredentialEvidence("", new Secret(c.community()), true,
            "GetResponse (" + a.version() + ") to sysDescr.0"));
        evidence.add(Observation.of("version", a.version().name(), "sysDescr", a.description(), "communitiesTried",
            Integer.toString(tried), "sources", String.join(", ", c.sources())));
        return CheckResult.of(finding(service, Outcome.FAIL, FOUND, List.of(a.version().name(), Integer.toString(tried)),
            evidence));
      }
    }
    return CheckResult.of(finding(service, Outcome.PASS, REJECTED, List.of(Integer.toString(tried)),
        List.of(Observation.of("communitiesTried", Integer.toString(tried), "versions", "v2c, v1"))));
  }

  private record Answer(SnmpVersion version, String description) {}

  private static Optional<Answer> ask(CheckContext ctx, Subject.Service service, String community)
      throws IOException, InterruptedException {
    for (SnmpVersion version : List.of(SnmpVersion.V2C, SnmpVersion.V1)) {
      ctx.deadline().check();
      Duration wait = ctx.deadline().cap(ctx.politeness().readTimeout().compareTo(MAX_WAIT) < 0
          ? ctx.politeness().readTimeout() : MAX_WAIT);
      if (wait.isZero()) {
        ctx.deadline().check();
      }
      Optional<SnmpMessage> reply;
      try (ConnectionGate.Permit _ = ctx.gate().open(service)) {
        reply = new SnmpClient(new InetSocketAddress(service.address(), service.port()), wait, 1)
            .request(version, community, PduType.GET_REQUEST, List.of(SystemGroup.SYS_DESCR));
      }
      if (reply.isPresent()) {
        String description = reply.get().pdu().varBinds().stream()
            .filter(vb -> vb.value() instanceof SnmpValue.OctetString)
            .map(vb -> ((SnmpValue.OctetString) vb.value()).text()).findFirst().orElse("");
        return Optional.of(new Answer(version, description));
      }
    }
    return Optional.empty();
  }

  private static Finding finding(Subject.Service service, Outcome outcome, String suffix, List<String> args,
      List<Evidence> evidence) {
    return new Finding(ID, outcome, DESCRIPTOR.provisions(), service, key(suffix), args, evidence, Confidence.HIGH);
  }
}
