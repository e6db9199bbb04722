package dev.iotcop.lab.daemon;

import dev.iotcop.lab.profile.CertificateSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A certificate authority made for one device (ECDSA P-256, SHA-256, ten years), created the first time a service
 * asks for a {@code lab-ca} certificate. Its certificate is what a test trusts to validate the device.
 */
public final class LabCertificateAuthority {
  private static final CertificateSpec CA_SPEC = new CertificateSpec(
      CertificateSpec.Issuer.SELF_SIGNED, "ec:prime256v1", "sha256", -2, 3650, null);

  private final Path directory;
  private final String deviceName;
  private final Instant now;
  private IssuedCertificate issued;

  public LabCertificateAuthority(Path directory, String deviceName, Instant now) {
    this.directory = directory;
    this.deviceName = deviceName;
    this.now = now;
  }

  synchronized IssuedCertificate issuer() {
    if (issued == null) {
      DeviceFiles.directory(directory, "rwx------");
      Path key = CertificateMaker.privateKey(CA_SPEC.key(), directory.resolve("ca.key"));
      Path certificate = CertificateMaker.sign(directory, "ca", key, "iotcop lab CA " + deviceName, List.of(), true,
          CA_SPEC, now, null);
      issued = new IssuedCertificate(certificate, key);
    }
    return issued;
  }

  /** The CA certificate, if any service of the device asked for one. */
  public synchronized java.util.Optional<Path> certificate() {
    return issued == null || !Files.exists(issued.certificate())
        ? java.util.Optional.empty()
        : java.util.Optional.of(issued.certificate());
  }

  /** A server certificate for {@code spec}, signed by this CA or by itself. */
  public IssuedCertificate issue(CertificateSpec spec, Path serviceDirectory, String defaultCommonName, String ip) {
    Path key = CertificateMaker.privateKey(spec.key(), serviceDirectory.resolve("server.key"));
    String commonName = spec.commonName() == null ? defaultCommonName : spec.commonName();
    List<String> names = List.of("DNS:" + commonName, "IP:" + ip);
    IssuedCertificate signer = spec.issuer() == CertificateSpec.Issuer.LAB_CA ? issuer() : null;
    Path certificate = CertificateMaker.sign(serviceDirectory, "server", key, commonName, names, false, spec, now, signer);
    return new IssuedCertificate(certificate, key);
  }
}
