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
import dev.iotcop.engine.evidence.Observation;
import dev.iotcop.engine.fact.Facts;
import java.util.List;

/**
 * Tries the bounded list of known default credentials on a web interface: HTTP Basic or Digest where the server asks
 * for them, or a simple HTML login form, found on the start page or the pages it links to. A wrong password must be
 * refused first; for forms the answers are compared with the answer to that wrong password.
 */
public final class HttpDefaultCredentialsCheck implements Check {
  static final String ID = "net.http.default-credentials";
  static final String NO_LOGIN = "no-login";
  static final CheckDescriptor DESCRIPTOR = CredentialChecks.descriptor(ID, NO_LOGIN);

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<? extends Subject> subjects(Target target, Facts facts) {
    return facts.serviceSubjects("http", "https");
  }

  @Override
  public CheckResult run(CheckContext ctx, Subject subject) throws InterruptedException {
    ctx.deadline().check();
    Subject.Service service = (Subject.Service) subject;
    WebEndpoint web = new WebEndpoint(service, service.protocol().equals("https") || CredentialChecks.tls(ctx, service));
    WebLoginLocator.Search search = WebLoginLocator.locate(ctx, web);
    if (search.unreachable().isPresent()) {
      return CheckResult.of(new Finding(ID, Outcome.INCONCLUSIVE, DESCRIPTOR.provisions(), service,
          DESCRIPTOR.key(DefaultCredentialTrial.UNREACHABLE), List.of(search.unreachable().get()), List.of(), Confidence.HIGH));
    }
    if (search.login().isEmpty() && search.unsupported().isPresent()) {
      return CheckResult.of(new Finding(ID, Outcome.INCONCLUSIVE, DESCRIPTOR.provisions(), service,
          DESCRIPTOR.key(DefaultCredentialTrial.CONTROL_UNDETERMINED),
          List.of("authentication scheme not supported, " + search.unsupported().get()), List.of(), Confidence.HIGH));
    }
    if (search.login().isEmpty()) {
      return CheckResult.of(new Finding(ID, Outcome.INFO, DESCRIPTOR.provisions(), service, DESCRIPTOR.key(NO_LOGIN),
          List.of(Integer.toString(search.pagesLooked())), List.of(Observation.of("pagesLooked",
              Integer.toString(search.pagesLooked()), "url", web.url("/"))), Confidence.HIGH));
    }
    WebLogin login = search.login().get();
    LoginMechanism mechanism = switch (login) {
      case WebLogin.Challenge c -> new HttpChallengeMechanism(web, c.path(), c.digest());
      case WebLogin.Form f -> new HttpFormMechanism(web, f.path());
    };
    CredentialCatalog catalog = CredentialCatalog.shipped();
    String identification = CredentialChecks.identification(ctx, service) + " " + login.identification();
    try (mechanism) {
      return new DefaultCredentialTrial(DESCRIPTOR, RandomCredentials.secure()).run(ctx, service, mechanism,
          catalog.productSpecific("http", identification), catalog.generic("http"));
    }
  }
}
