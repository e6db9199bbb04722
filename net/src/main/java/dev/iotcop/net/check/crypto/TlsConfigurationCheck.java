package dev.iotcop.net.check.crypto;

import dev.iotcop.engine.Subject;
import dev.iotcop.engine.Target;
import dev.iotcop.engine.Transport;
import dev.iotcop.engine.check.Check;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.engine.check.CheckDescriptor;
import dev.iotcop.engine.check.CheckKind;
import dev.iotcop.engine.check.CheckResult;
import dev.iotcop.engine.check.Need;
import dev.iotcop.engine.fact.Facts;
import dev.iotcop.engine.fact.ServiceFact;
import java.util.List;
import java.util.Set;

/**
 * Which TLS versions and weak cipher suites every TLS service accepts, whatever runs inside it (HTTPS, MQTT over TLS,
 * FTPS or an unidentified protocol), learnt from raw ClientHellos. See {@link TlsConfigurationJudgement} for the rules.
 */
public final class TlsConfigurationCheck implements Check {
  static final CheckDescriptor DESCRIPTOR = new CheckDescriptor(
      "net.tls.configuration",
      CheckKind.NETWORK,
      List.of("5.5-1"),
      List.of("5.5-1-2"),
      Set.of(Need.eachTcp(ServiceFact.class)),
      Set.of(),
      List.of(
          "check.net.tls.configuration.pass",
          "check.net.tls.configuration.fail.versions",
          "check.net.tls.configuration.fail.suites",
          "check.net.tls.configuration.fail.versions-and-suites",
          "check.net.tls.configuration.info.cbc-sha1",
          "check.net.tls.configuration.inconclusive.incomplete",
          "check.net.tls.configuration.inconclusive.not-tls",
          "check.net.tls.configuration.inconclusive.refused",
          "check.net.tls.configuration.inconclusive.no-answer"));

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<? extends Subject> subjects(Target target, Facts facts) {
    return tlsServices(facts);
  }

  /** Every TCP service identified as speaking TLS, whatever its application protocol. */
  static List<Subject.Service> tlsServices(Facts facts) {
    return facts.services().stream()
        .filter(ServiceFact::tls)
        .map(ServiceFact::service)
        .filter(s -> s.transport() == Transport.TCP)
        .distinct()
        .toList();
  }

  @Override
  public CheckResult run(CheckContext ctx, Subject subject) throws InterruptedException {
    ctx.deadline().check();
    Subject.Service service = (Subject.Service) subject;
    TlsScan scan = new TlsScanner(ctx, service, ServiceTlsProber.SUITES).scan();
    return CheckResult.of(TlsConfigurationJudgement.judge(CheckFindings.of(DESCRIPTOR, service), scan,
        ServiceTlsProber.SUITES));
  }
}
