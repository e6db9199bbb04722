package dev.iotcop.net.identify;

import dev.iotcop.engine.Subject;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.net.check.GatedSocketFactory;
import dev.iotcop.net.proto.tls.CipherSuiteRegistry;
import dev.iotcop.net.proto.tls.HelloOutcome;
import dev.iotcop.net.proto.tls.TlsProber;
import dev.iotcop.net.proto.tls.TlsVersion;
import java.time.Duration;
import java.util.Optional;

/**
 * Sends a TLS 1.2 ClientHello. Any TLS answer, a ServerHello or a TLS alert refusing the hello, proves the port speaks
 * TLS; what runs inside is found by the probes that follow over TLS.
 */
final class TlsProbe {
  private static final CipherSuiteRegistry SUITES = CipherSuiteRegistry.load();
  private static final Duration MAX_WAIT = Duration.ofSeconds(3);

  private TlsProbe() {}

  static boolean speaksTls(CheckContext ctx, Subject.Service service) {
    // A server that does not speak TLS may sit silent on a hello until its own timeout; half the read timeout, at most
    // three seconds, is ample for a ServerHello and keeps identification of silent plain-text ports quick.
    Duration read = ctx.politeness().readTimeout().dividedBy(2);
    read = read.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : read;
    TlsProber prober = new TlsProber(new TlsProber.Endpoint(service.address(), service.port(), Optional.empty(),
        ctx.deadline().cap(ctx.politeness().connectTimeout()), ctx.deadline().cap(read)),
        new GatedSocketFactory(ctx.gate(), service), SUITES);
    HelloOutcome outcome = prober.probeVersion(TlsVersion.TLS_1_2);
    return switch (outcome) {
      case HelloOutcome.Negotiated n -> true;
      case HelloOutcome.RetryRequested r -> true;
      case HelloOutcome.Refused r -> r.alert().isPresent();
      case HelloOutcome.NotTls n -> false;
      case HelloOutcome.NoAnswer n -> false;
      case HelloOutcome.Unreachable u -> false;
    };
  }
}
