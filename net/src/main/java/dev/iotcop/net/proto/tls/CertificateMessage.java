package dev.iotcop.net.proto.tls;

import dev.iotcop.net.proto.Octets;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/** The TLS 1.2-and-earlier Certificate handshake body: a list of DER certificates, the server's own first. */
public record CertificateMessage(List<Octets> certificates) {
  /** More certificates than this in one chain is not something a real server sends. */
  public static final int MAX_CERTIFICATES = 16;

  public CertificateMessage {
    certificates = List.copyOf(certificates);
    if (certificates.size() > MAX_CERTIFICATES) {
      throw new IllegalArgumentException("more than " + MAX_CERTIFICATES + " certificates");
    }
  }

  public byte[] encodeBody() {
    TlsOutput list = new TlsOutput();
    certificates.forEach(c -> list.vector24(c.toByteArray()));
    return new TlsOutput().vector24(list.toByteArray()).toByteArray();
  }

  public static CertificateMessage decode(byte[] body) throws TlsProtocolException {
    TlsInput in = new TlsInput(body);
    TlsInput list = in.slice(in.u24("certificate list length"), "certificate list");
    in.expectEnd("certificate list");
    List<Octets> certs = new ArrayList<>();
    while (list.hasRemaining()) {
      if (certs.size() == MAX_CERTIFICATES) {
        throw new TlsProtocolException("more than " + MAX_CERTIFICATES + " certificates in chain");
      }
      int length = list.u24("certificate length");
      if (length == 0) {
        throw new TlsProtocolException("empty certificate entry");
      }
      certs.add(list.octets(length, "certificate"));
    }
    return new CertificateMessage(certs);
  }

  /** Parses every entry as X.509; any entry that does not parse makes the whole chain an error. */
  public List<X509Certificate> toX509() throws TlsProtocolException {
    List<X509Certificate> out = new ArrayList<>();
    try {
      CertificateFactory factory = CertificateFactory.getInstance("X.509");
      for (Octets der : certificates) {
        if (!(factory.generateCertificate(new ByteArrayInputStream(der.toByteArray())) instanceof X509Certificate x)) {
          throw new TlsProtocolException("certificate entry is not X.509");
        }
        out.add(x);
      }
    } catch (CertificateException | RuntimeException e) {
      throw new TlsProtocolException("certificate entry is not valid X.509: " + e.getMessage(), e);
    }
    return out;
  }
}
