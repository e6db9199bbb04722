package dev.iotcop.net.check.credentials;

import dev.iotcop.engine.Subject;
import dev.iotcop.engine.Target;
import dev.iotcop.engine.check.Check;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.engine.check.CheckDescriptor;
import dev.iotcop.engine.check.CheckResult;
import dev.iotcop.engine.fact.Facts;
import java.util.List;

/** Tries the bounded list of known default credentials on telnet logins, after proving a wrong password is refused. */
public final class TelnetDefaultCredentialsCheck implements Check {
  static final String ID = "net.telnet.default-credentials";
  static final CheckDescriptor DESCRIPTOR = CredentialChecks.descriptor(ID);

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<? extends Subject> subjects(Target target, Facts facts) {
    return facts.serviceSubjects("telnet");
  }

  @Override
  public CheckResult run(CheckContext ctx, Subject subject) throws InterruptedException {
    Subject.Service service = (Subject.Service) subject;
    CredentialCatalog catalog = CredentialCatalog.shipped();
    try (TelnetLoginMechanism mechanism = new TelnetLoginMechanism(service)) {
      return new DefaultCredentialTrial(DESCRIPTOR, RandomCredentials.secure()).run(ctx, service, mechanism,
          catalog.productSpecific("telnet", CredentialChecks.identification(ctx, service)), catalog.generic("telnet"));
    }
  }
}
