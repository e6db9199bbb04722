package dev.iotcop.net.check.crypto;

import dev.iotcop.net.proto.Octets;
import dev.iotcop.net.proto.tls.HelloOutcome;
import dev.iotcop.net.proto.tls.ServerHello;
import dev.iotcop.net.proto.tls.TlsAlert;
import dev.iotcop.net.proto.tls.TlsExtension;
import dev.iotcop.net.proto.tls.TlsVersion;
import java.util.List;
import java.util.Optional;

/** Hello outcomes as a server would produce them, for judgement tests. */
final class TlsOutcomes {
  private TlsOutcomes() {}

  static HelloOutcome negotiated(TlsVersion version, int suite) {
    byte[] random = new byte[32];
    random[0] = 1;
    List<TlsExtension> ext = version == TlsVersion.TLS_1_3
        ? List.of(new TlsExtension(TlsExtension.SUPPORTED_VERSIONS, Octets.of(new byte[] {3, 4})))
        : List.of();
    int legacy = version == TlsVersion.TLS_1_3 ? TlsVersion.TLS_1_2.code() : version.code();
    return new HelloOutcome.Negotiated(new ServerHello(legacy, Octets.of(random), Octets.empty(), suite, 0, ext),
        Optional.empty());
  }

  static HelloOutcome refusedWithAlert() {
    return new HelloOutcome.Refused(Optional.of(new TlsAlert(TlsAlert.FATAL, 70)));
  }

  static HelloOutcome closed() {
    return new HelloOutcome.Refused(Optional.empty());
  }

  static HelloOutcome notTls() {
    return new HelloOutcome.NotTls("first handshake message has type 72");
  }

  static HelloOutcome noAnswer() {
    return new HelloOutcome.NoAnswer("read timed out");
  }

  static HelloOutcome unreachable() {
    return new HelloOutcome.Unreachable("ConnectException: Connection refused");
  }
}
