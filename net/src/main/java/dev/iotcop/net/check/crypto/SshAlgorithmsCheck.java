package dev.iotcop.net.check.crypto;

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
import dev.iotcop.engine.fact.Facts;
import dev.iotcop.engine.fact.ServiceFact;
import dev.iotcop.net.check.GatedSocketFactory;
import dev.iotcop.net.proto.ssh.AuthMethodsOutcome;
import dev.iotcop.net.proto.ssh.SshAlgorithmClassifier;
import dev.iotcop.net.proto.ssh.SshAuthMethodsProbe;
import dev.iotcop.net.proto.ssh.SshProbeOutcome;
import dev.iotcop.net.proto.ssh.SshProber;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The key exchange, host key, cipher and MAC algorithms every SSH service offers in its KEXINIT, and the
 * authentication methods it lists for a "none" request under an invented user name. No key exchange is completed and
 * no credential is sent. See {@link SshAlgorithmsJudgement} for the rules.
 */
public final class SshAlgorithmsCheck implements Check {
  static final CheckDescriptor DESCRIPTOR = new CheckDescriptor(
      "net.ssh.algorithms",
      CheckKind.NETWORK,
      List.of("5.5-1", SshAlgorithmsJudgement.PASSWORD_PROVISION),
      List.of("5.5-1-2"),
      Set.of(Need.eachTcp(ServiceFact.class)),
      Set.of(),
      List.of(
          "check.net.ssh.algorithms.pass",
          "check.net.ssh.algorithms.fail.ssh1",
          "check.net.ssh.algorithms.fail.broken",
          "check.net.ssh.algorithms.fail.obsolete",
          "check.net.ssh.algorithms.fail.discouraged",
          "check.net.ssh.algorithms.info.noted",
          "check.net.ssh.algorithms.info.auth-methods",
          "check.net.ssh.algorithms.info.password",
          "check.net.ssh.algorithms.info.auth-none",
          "check.net.ssh.algorithms.info.auth-unknown",
          "check.net.ssh.algorithms.inconclusive.no-kexinit",
          "check.net.ssh.algorithms.inconclusive.not-ssh",
          "check.net.ssh.algorithms.inconclusive.no-answer"));

  private static final SshAlgorithmsJudgement JUDGEMENT =
      new SshAlgorithmsJudgement(SshAlgorithmClassifier.load(), SshAlgorithmSeverity.load());

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<? extends Subject> subjects(Target target, Facts facts) {
    return facts.serviceSubjects("ssh").stream().filter(s -> s.transport() == Transport.TCP).distinct().toList();
  }

  @Override
  public CheckResult run(CheckContext ctx, Subject subject) throws InterruptedException {
    ctx.deadline().check();
    Subject.Service service = (Subject.Service) subject;
    SshProbeOutcome probe = new SshProber(new SshProber.Endpoint(service.address(), service.port(),
        ctx.deadline().cap(ctx.politeness().connectTimeout()), ctx.deadline().cap(ctx.politeness().readTimeout())),
        new GatedSocketFactory(ctx.gate(), service)).probe();
    Optional<AuthMethodsOutcome> auth = Optional.empty();
    if (probe instanceof SshProbeOutcome.Offered) {
      auth = Optional.of(authMethods(ctx, service));
    }
    return CheckResult.of(JUDGEMENT.judge(CheckFindings.of(DESCRIPTOR, service), new SshObservation(probe, auth)));
  }

  /**
   * MINA opens its own socket, so the gate permit is taken here for the whole exchange. The user name is invented, so
   * no real account sees even a "none" request.
   */
  private static AuthMethodsOutcome authMethods(CheckContext ctx, Subject.Service service) throws InterruptedException {
    ctx.deadline().check();
    Duration timeout = ctx.deadline().cap(ctx.politeness().readTimeout().plus(ctx.politeness().connectTimeout()));
    try (ConnectionGate.Permit permit = ctx.gate().open(service)) {
      SshAuthMethodsProbe.Result probed = SshAuthMethodsProbe.probe(service.address(), service.port(), InventedNames.next(),
          timeout.isZero() ? Duration.ofMillis(1) : timeout, ctx.politeness().lingerAfterDeviceClosed());
      if (probed.serverClosed()) {
        permit.deviceClosed();
      }
      return probed.outcome();
    }
  }
}
