package dev.iotcop.net.check.crypto;

import dev.iotcop.engine.Subject;
import dev.iotcop.engine.Target;
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
 * The certificate every TLS service presents, judged on its own: validity dates, self-signature, key size and
 * signature hash. See {@link CertificateJudgement} for the rules.
 */
public final class TlsCertificateCheck implements Check {
  static final CheckDescriptor DESCRIPTOR = new CheckDescriptor(
      "net.tls.certificate",
      CheckKind.NETWORK,
      List.of("5.5-1"),
      List.of("5.5-1-2"),
      Set.of(Need.eachTcp(ServiceFact.class)),
      Set.of(),
      List.of(
          "check.net.tls.certificate.pass",
          "check.net.tls.certificate.fail.expired",
          "check.net.tls.certificate.fail.not-yet-valid",
          "check.net.tls.certificate.fail.weak-key",
          "check.net.tls.certificate.fail.weak-signature",
          "check.net.tls.certificate.fail.weak-self-signature",
          "check.net.tls.certificate.info.self-signed",
          "check.net.tls.certificate.inconclusive.not-tls",
          "check.net.tls.certificate.inconclusive.refused",
          "check.net.tls.certificate.inconclusive.no-answer",
          "check.net.tls.certificate.inconclusive.chain-unreadable"));

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<? extends Subject> subjects(Target target, Facts facts) {
    return TlsConfigurationCheck.tlsServices(facts);
  }

  @Override
  public CheckResult run(CheckContext ctx, Subject subject) throws InterruptedException {
    ctx.deadline().check();
    Subject.Service service = (Subject.Service) subject;
    CertificateRead read = CertificateReader.read(ctx, service);
    return CheckResult.of(CertificateJudgement.judge(CheckFindings.of(DESCRIPTOR, service), read, ctx.clock().instant()));
  }
}
