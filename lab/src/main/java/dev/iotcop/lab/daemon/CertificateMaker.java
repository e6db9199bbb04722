package dev.iotcop.lab.daemon;

import dev.iotcop.lab.HostCommands;
import dev.iotcop.lab.profile.CertificateSpec;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Makes keys and certificates with the openssl command line. Certificates are signed with {@code openssl ca}, the one
 * OpenSSL 3.0 tool that takes explicit start and end dates, so a certificate can be born already expired.
 */
final class CertificateMaker {
  private static final DateTimeFormatter ASN1_TIME =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final SecureRandom RANDOM = new SecureRandom();

  private CertificateMaker() {}

  static Path privateKey(String keySpec, Path file) {
    List<String> command = new ArrayList<>(List.of("openssl", "genpkey", "-out", file.toString()));
    String[] parts = keySpec.split(":", 2);
    if (parts[0].equals("rsa")) {
      command.addAll(List.of("-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:" + parts[1]));
    } else {
      command.addAll(List.of("-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:" + parts[1],
          "-pkeyopt", "ec_param_enc:named_curve"));
    }
    HostCommands.run(command).orThrow();
    return file;
  }

  /**
   * Signs a certificate for {@code key}. With a null {@code issuer} the certificate is self-signed.
   *
   * @param subjectAltNames entries such as {@code IP:10.0.0.2} or {@code DNS:cam.local}
   */
  static Path sign(
      Path workDirectory, String baseName, Path key, String commonName, List<String> subjectAltNames,
      boolean certificateAuthority, CertificateSpec spec, Instant now, IssuedCertificate issuer) {
    Path database = DeviceFiles.directory(workDirectory.resolve(baseName + ".db"), "rwx------");
    DeviceFiles.write(database.resolve("index.txt"), "", "rw-------");
    DeviceFiles.write(database.resolve("serial"), HexFormat.of().formatHex(serial()) + "\n", "rw-------");
    String extensions = certificateAuthority
        ? "basicConstraints = critical, CA:TRUE\nkeyUsage = critical, keyCertSign, cRLSign\n"
            + "subjectKeyIdentifier = hash\n"
        : "basicConstraints = critical, CA:FALSE\nkeyUsage = critical, digitalSignature, keyEncipherment\n"
            + "extendedKeyUsage = serverAuth\nsubjectKeyIdentifier = hash\nauthorityKeyIdentifier = keyid\n"
            + (subjectAltNames.isEmpty() ? "" : "subjectAltName = " + String.join(", ", subjectAltNames) + "\n");
    Path config = DeviceFiles.write(database.resolve("openssl.cnf"), """
        [ca]
        default_ca = lab

        [lab]
        dir = %s
        database = $dir/index.txt
        new_certs_dir = $dir
        serial = $dir/serial
        policy = any
        unique_subject = no
        copy_extensions = none
        email_in_dn = no
        x509_extensions = extensions

        [any]
        commonName = supplied

        [req]
        distinguished_name = dn
        prompt = no

        [dn]
        CN = %s

        [extensions]
        %s""".formatted(database, commonName, extensions), "rw-------");
    Path request = database.resolve(baseName + ".csr");
    HostCommands.run(List.of("openssl", "req", "-new", "-config", config.toString(), "-key", key.toString(),
        "-out", request.toString())).orThrow();
    Path certificate = workDirectory.resolve(baseName + ".crt");
    List<String> command = new ArrayList<>(List.of("openssl", "ca", "-batch", "-notext", "-config", config.toString(),
        "-in", request.toString(), "-out", certificate.toString(), "-md", spec.digest(),
        "-startdate", ASN1_TIME.format(now.plus(spec.notBeforeDays(), ChronoUnit.DAYS)),
        "-enddate", ASN1_TIME.format(now.plus(spec.notAfterDays(), ChronoUnit.DAYS))));
    if (issuer == null) {
      command.addAll(List.of("-selfsign", "-keyfile", key.toString()));
    } else {
      command.addAll(List.of("-cert", issuer.certificate().toString(), "-keyfile", issuer.privateKey().toString()));
    }
    HostCommands.run(command).orThrow();
    HostCommands.run(List.of("chmod", "0644", certificate.toString())).orThrow();
    return certificate;
  }

  private static byte[] serial() {
    byte[] serial = new byte[16];
    RANDOM.nextBytes(serial);
    serial[0] &= 0x7f;
    serial[0] |= 0x10;
    return serial;
  }
}
