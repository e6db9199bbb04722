package dev.iotcop.net.check.credentials;

import dev.iotcop.engine.Subject;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.engine.check.CheckDescriptor;
import dev.iotcop.engine.check.CheckKind;
import dev.iotcop.engine.check.FactKind;
import dev.iotcop.engine.check.Need;
import dev.iotcop.engine.fact.DeviceFact;
import dev.iotcop.engine.fact.ServiceFact;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the default-credential checks share: their descriptor shape and the text that identifies a product. */
final class CredentialChecks {
  /** Universal default passwords (5.1-1) and how preinstalled passwords are made (5.1-2). */
  static final List<String> PROVISIONS = List.of("5.1-1", "5.1-2");
  static final List<String> TEST_CASES = List.of("5.1-1-2", "5.1-2-2");

  private CredentialChecks() {}

  static CheckDescriptor descriptor(String id, String... extraSuffixes) {
    return new CheckDescriptor(id, CheckKind.NETWORK, PROVISIONS, TEST_CASES,
        // Each service's login starts as soon as that service is identified; the failed-login share per account, which
        // depends on every login service of the device, is asked for in full after the control login.
        Set.of(Need.eachTcp(ServiceFact.class), Need.tcpOnRequest(ServiceFact.class), Need.all(DeviceFact.class)),
        Set.of(FactKind.tcp(AuthenticationFact.class)), DefaultCredentialTrial.messageKeys(id, extraSuffixes));
  }

  static Optional<ServiceFact> fact(CheckContext ctx, Subject.Service service) {
    return ctx.facts().all(ServiceFact.class).stream().filter(f -> f.service().equals(service)).findFirst();
  }

  /** Product, version, banner and attributes of the service, and vendor and model of the device, as one text. */
  static String identification(CheckContext ctx, Subject.Service service) {
    StringBuilder b = new StringBuilder();
    fact(ctx, service).ifPresent(f -> {
      b.append(f.product()).append(' ').append(f.version()).append(' ').append(f.banner());
      f.attributes().values().forEach(v -> b.append(' ').append(v));
    });
    for (DeviceFact d : ctx.facts().all(DeviceFact.class)) {
      if (d.address().equals(service.address())) {
        b.append(' ').append(d.vendor()).append(' ').append(d.model());
      }
    }
    return b.toString();
  }

  static boolean tls(CheckContext ctx, Subject.Service service) {
    return fact(ctx, service).map(ServiceFact::tls).orElse(false);
  }
}
