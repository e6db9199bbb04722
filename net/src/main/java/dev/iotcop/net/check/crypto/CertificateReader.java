package dev.iotcop.net.check.crypto;

import dev.iotcop.engine.Subject;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.net.proto.tls.ChainOutcome;
import dev.iotcop.net.proto.tls.HelloOutcome;
import dev.iotcop.net.proto.tls.TlsVersion;
import dev.iotcop.net.proto.tls.VersionSupport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a service's certificate chain with as few connections as it can: it looks for one accepted version, the usual
 * ones first, and reads the chain there (usually two connections). When the TLS 1.2 Certificate message cannot be read,
 * it tries TLS 1.3 once, where the chain comes from a JDK handshake that trusts anything and is closed at once.
 */
final class CertificateReader {
  static final List<TlsVersion> ORDER =
      List.of(TlsVersion.TLS_1_2, TlsVersion.TLS_1_3, TlsVersion.TLS_1_1, TlsVersion.TLS_1_0, TlsVersion.SSL_3_0);

  private CertificateReader() {}

  static CertificateRead read(CheckContext ctx, Subject.Service service) throws InterruptedException {
    Map<TlsVersion, HelloOutcome> hellos = new LinkedHashMap<>();
    for (TlsVersion v : ORDER) {
      ctx.deadline().check();
      HelloOutcome o = ServiceTlsProber.of(ctx, service).probeVersion(v);
      hellos.put(v, o);
      if (VersionSupport.accepts(v, o)) {
        break;
      }
    }
    VersionSupport support = new VersionSupport(hellos);
    if (support.accepted().isEmpty()) {
      return new CertificateRead(hellos, Optional.empty());
    }
    ctx.deadline().check();
    ChainOutcome chain = ServiceTlsProber.of(ctx, service).certificateChain(support);
    if (chain instanceof ChainOutcome.Unavailable && support.accepted().equals(List.of(TlsVersion.TLS_1_2))) {
      ctx.deadline().check();
      HelloOutcome tls13 = ServiceTlsProber.of(ctx, service).probeVersion(TlsVersion.TLS_1_3);
      hellos.put(TlsVersion.TLS_1_3, tls13);
      if (VersionSupport.accepts(TlsVersion.TLS_1_3, tls13)) {
        ctx.deadline().check();
        ChainOutcome viaJdk = ServiceTlsProber.of(ctx, service)
            .certificateChain(new VersionSupport(Map.of(TlsVersion.TLS_1_3, tls13)));
        if (viaJdk instanceof ChainOutcome.Chain) {
          chain = viaJdk;
        }
      }
    }
    return new CertificateRead(hellos, Optional.of(chain));
  }
}
