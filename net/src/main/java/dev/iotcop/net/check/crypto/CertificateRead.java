package dev.iotcop.net.check.crypto;

import dev.iotcop.net.proto.tls.ChainOutcome;
import dev.iotcop.net.proto.tls.HelloOutcome;
import dev.iotcop.net.proto.tls.TlsVersion;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The hellos sent to find a version the server accepts, in the order sent, and the chain read at that version; no
 * chain when no hello was accepted.
 */
record CertificateRead(Map<TlsVersion, HelloOutcome> hellos, Optional<ChainOutcome> chain) {
  CertificateRead {
    hellos = Collections.unmodifiableMap(new LinkedHashMap<>(hellos));
  }
}
