package dev.iotcop.net.check.credentials;

import dev.iotcop.engine.Confidence;
import dev.iotcop.engine.Finding;
import dev.iotcop.engine.Outcome;
import dev.iotcop.engine.Subject;
import dev.iotcop.engine.Target;
import dev.iotcop.engine.check.Check;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.engine.check.CheckDescriptor;
import dev.iotcop.engine.check.CheckResult;
import dev.iotcop.engine.check.ConnectionGate;
import dev.iotcop.engine.check.DeadlineExceededException;
import dev.iotcop.engine.evidence.Observation;
import dev.iotcop.engine.fact.Facts;
import dev.iotcop.net.proto.ssh.AuthMethodsOutcome;
import dev.iotcop.net.proto.ssh.SshAuthMethodsProbe;
import java.time.Duration;
import java.util.List;

/**
 * Tries the bounded list of known default passwords on SSH, one password per connection and never a key. First the
 * server is asked which methods it allows (a "none" request): a server that wants no credentials fails at once, one
 * that offers neither password nor keyboard-interactive cannot take a default password, which is a pass.
 */
public final class SshDefaultCredentialsCheck implements Check {
  static final String ID = "net.ssh.default-credentials";
  static final String NO_PASSWORD_AUTH = "no-password-auth";
  static final CheckDescriptor DESCRIPTOR = CredentialChecks.descriptor(ID, NO_PASSWORD_AUTH);

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<? extends Subject> subjects(Target target, Facts facts) {
    return facts.serviceSubjects("ssh");
  }

  @Override
  public CheckResult run(CheckContext ctx, Subject subject) throws InterruptedException {
    ctx.deadline().check();
    Subject.Service service = (Subject.Service) subject;
    RandomCredentials random = RandomCredentials.secure();
    Duration timeout = ctx.deadline().cap(ctx.politeness().readTimeout());
    if (timeout.isZero()) {
      throw new DeadlineExceededException(ctx.deadline().at());
    }
    AuthMethodsOutcome methods;
    try (ConnectionGate.Permit permit = ctx.gate().open(service)) {
      SshAuthMethodsProbe.Result probed = SshAuthMethodsProbe.probe(service.address(), service.port(), random.next().username(),
          timeout, ctx.politeness().lingerAfterDeviceClosed());
      if (probed.serverClosed()) {
        permit.deviceClosed();
      }
      methods = probed.outcome();
    }
    ctx.deadline().check();
    String mechanism;
    switch (methods) {
      case AuthMethodsOutcome.Failed f -> {
        return CheckResult.of(finding(service, Outcome.INCONCLUSIVE, DefaultCredentialTrial.UNREACHABLE, f.reason(), methods));
      }
      case AuthMethodsOutcome.NoneAccepted n -> {
        return CheckResult.of(finding(service, Outcome.FAIL, DefaultCredentialTrial.NO_AUTHENTICATION, n.summary(), methods));
      }
      case AuthMethodsOutcome.MethodsOffered m -> {
        if (m.passwordOffered()) {
          mechanism = SshPasswordMechanism.PASSWORD;
        } else if (m.keyboardInteractiveOffered()) {
          mechanism = SshPasswordMechanism.KEYBOARD_INTERACTIVE;
        } else {
          return CheckResult.of(finding(service, Outcome.PASS, NO_PASSWORD_AUTH, String.join(", ", m.methods()), methods));
        }
      }
    }
    CredentialCatalog catalog = CredentialCatalog.shipped();
    try (SshPasswordMechanism login = new SshPasswordMechanism(service, mechanism)) {
      return new DefaultCredentialTrial(DESCRIPTOR, random).run(ctx, service, login,
          catalog.productSpecific("ssh", CredentialChecks.identification(ctx, service)), catalog.generic("ssh"));
    }
  }

  private static Finding finding(Subject.Service service, Outcome outcome, String suffix, String detail,
      AuthMethodsOutcome methods) {
    return new Finding(ID, outcome, DESCRIPTOR.provisions(), service, DESCRIPTOR.key(suffix), List.of(detail),
        List.of(Observation.of("authMethods", methods.summary())), Confidence.HIGH);
  }
}
