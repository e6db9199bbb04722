package dev.iotcop.net.check.crypto;

import dev.iotcop.engine.Subject;
import dev.iotcop.engine.Target;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.net.check.GatedSocketFactory;
import dev.iotcop.net.proto.tls.CipherSuiteRegistry;
import dev.iotcop.net.proto.tls.TlsProber;
import java.util.Optional;

/**
 * Makes a {@link TlsProber} for one service with the context's timeouts, capped by the time left, and the gate behind
 * every connection. A new prober per hello keeps each hello's timeouts within the deadline as it approaches.
 */
final class ServiceTlsProber {
  static final CipherSuiteRegistry SUITES = CipherSuiteRegistry.load();

  private ServiceTlsProber() {}

  static TlsProber of(CheckContext ctx, Subject.Service service) {
    return new TlsProber(new TlsProber.Endpoint(service.address(), service.port(), serverName(ctx.target()),
        ctx.deadline().cap(ctx.politeness().connectTimeout()), ctx.deadline().cap(ctx.politeness().readTimeout())),
        new GatedSocketFactory(ctx.gate(), service), SUITES);
  }

  /** The name the user gave, sent as SNI when it is a DNS name (the hello builder drops address literals). */
  private static Optional<String> serverName(Target target) {
    return target instanceof Target.NetworkDevice d ? Optional.of(d.label()) : Optional.empty();
  }
}
