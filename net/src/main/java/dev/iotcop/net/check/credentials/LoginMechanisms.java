package dev.iotcop.net.check.credentials;

import dev.iotcop.engine.check.CheckContext;
import java.util.Optional;

/** Rebuilds the login mechanism a default-credentials check used, from the fact it left. */
final class LoginMechanisms {
  private static final java.util.Set<String> TLS_PROTOCOLS = java.util.Set.of("https", "mqtts", "ftps");

  private LoginMechanisms() {}

  static Optional<LoginMechanism> of(CheckContext ctx, AuthenticationFact fact) {
    var service = fact.service();
    boolean tls = TLS_PROTOCOLS.contains(service.protocol()) || CredentialChecks.tls(ctx, service);
    return Optional.ofNullable(switch (fact.mechanism()) {
      case TelnetLoginMechanism.NAME -> new TelnetLoginMechanism(service);
      case SshPasswordMechanism.PASSWORD, SshPasswordMechanism.KEYBOARD_INTERACTIVE -> new SshPasswordMechanism(service,
          fact.mechanism());
      case FtpLoginMechanism.NAME -> new FtpLoginMechanism(service);
      case HttpChallengeMechanism.BASIC -> new HttpChallengeMechanism(new WebEndpoint(service, tls), fact.location(), false);
      case HttpChallengeMechanism.DIGEST -> new HttpChallengeMechanism(new WebEndpoint(service, tls), fact.location(), true);
      case HttpFormMechanism.NAME -> new HttpFormMechanism(new WebEndpoint(service, tls), fact.location());
      case MqttLoginMechanism.NAME -> new MqttLoginMechanism(service, tls);
      default -> null;
    });
  }
}
