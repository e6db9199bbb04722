package dev.iotcop.net.check.credentials;

import dev.iotcop.engine.Subject;
import dev.iotcop.engine.Target;
import dev.iotcop.engine.check.Check;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.engine.check.CheckDescriptor;
import dev.iotcop.engine.check.CheckResult;
import dev.iotcop.engine.fact.Facts;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tries the bounded list of known default user names and passwords on FTP, after proving a wrong password is refused.
 * Anonymous FTP is a different question, left to the attack-surface checks: the anonymous account names are skipped.
 */
public final class FtpDefaultCredentialsCheck implements Check {
  static final String ID = "net.ftp.default-credentials";
  static final CheckDescriptor DESCRIPTOR = CredentialChecks.descriptor(ID);
  private static final Set<String> ANONYMOUS = Set.of("anonymous", "ftp");

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<? extends Subject> subjects(Target target, Facts facts) {
    return facts.serviceSubjects("ftp");
  }

  @Override
  public CheckResult run(CheckContext ctx, Subject subject) throws InterruptedException {
    Subject.Service service = (Subject.Service) subject;
    CredentialCatalog catalog = CredentialCatalog.shipped();
    try (FtpLoginMechanism mechanism = new FtpLoginMechanism(service)) {
      return new DefaultCredentialTrial(DESCRIPTOR, RandomCredentials.secure()).run(ctx, service, mechanism,
          named(catalog.productSpecific("ftp", CredentialChecks.identification(ctx, service))), named(catalog.generic("ftp")));
    }
  }

  private static List<DefaultCredential> named(List<DefaultCredential> pairs) {
    return pairs.stream().filter(p -> !ANONYMOUS.contains(p.username().toLowerCase(Locale.ROOT))).toList();
  }
}
