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
import dev.iotcop.engine.fact.Facts;
import java.util.List;

/**
 * Tries the bounded list of known default credentials on an MQTT broker (CONNECT with user name and password), after
 * proving that a random pair is refused. A broker that admits anonymous clients takes any credentials too; that is
 * noted here without a failure, because anonymous access is judged by its own check.
 */
public final class MqttDefaultCredentialsCheck implements Check {
  static final String ID = "net.mqtt.default-credentials";
  static final String ANONYMOUS = "anonymous";
  static final CheckDescriptor DESCRIPTOR = CredentialChecks.descriptor(ID, ANONYMOUS);

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<? extends Subject> subjects(Target target, Facts facts) {
    return facts.serviceSubjects("mqtt", "mqtts");
  }

  @Override
  public CheckResult run(CheckContext ctx, Subject subject) throws InterruptedException {
    Subject.Service service = (Subject.Service) subject;
    boolean tls = service.protocol().equals("mqtts") || CredentialChecks.tls(ctx, service);
    CredentialCatalog catalog = CredentialCatalog.shipped();
    CheckResult result;
    try (MqttLoginMechanism mechanism = new MqttLoginMechanism(service, tls)) {
      result = new DefaultCredentialTrial(DESCRIPTOR, RandomCredentials.secure()).run(ctx, service, mechanism,
          catalog.productSpecific("mqtt", CredentialChecks.identification(ctx, service)), catalog.generic("mqtt"));
    }
    boolean anonymous = CredentialChecks.fact(ctx, service).map(f -> f.attribute("mqtt.anonymous"))
        .filter("accepted"::equals).isPresent();
    if (anonymous && anyPassword(result)) {
      Finding f = result.findings().getFirst();
      return CheckResult.of(new Finding(ID, Outcome.INFO, DESCRIPTOR.provisions(), service, DESCRIPTOR.key(ANONYMOUS),
          f.messageArgs(), f.evidence(), Confidence.HIGH));
    }
    return result;
  }

  private static boolean anyPassword(CheckResult result) {
    return result.findings().size() == 1
        && result.findings().getFirst().messageKey().equals(DESCRIPTOR.key(DefaultCredentialTrial.ANY_PASSWORD));
  }
}
