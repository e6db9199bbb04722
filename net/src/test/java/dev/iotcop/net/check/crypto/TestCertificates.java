package dev.iotcop.net.check.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Keys and certificates made with the openssl command for live tests. {@code openssl ca} is used because it is the
 * OpenSSL 3.0 command that takes explicit start and end dates, so a certificate can be made already expired.
 */
final class TestCertificates {
  static final String OPENSSL = "/usr/bin/openssl";
  private static final DateTimeFormatter ASN1 = DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);

  /** A key file and a certificate file. */
  record Issued(Path key, Path certificate) {}

  private TestCertificates() {}

  /** {@code keySpec} is {@code rsa:BITS} or {@code ec:CURVE}; days are relative to now; a null issuer self-signs. */
  static Issued make(Path dir, String name, String keySpec, String digest, int notBeforeDays, int notAfterDays,
      boolean authority, Issued issuer) throws IOException, InterruptedException {
    Path key = dir.resolve(name + ".key");
    String[] spec = keySpec.split(":", 2);
    run(dir, spec[0].equals("rsa")
        ? List.of(OPENSSL, "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:" + spec[1], "-out", key.toString())
        : List.of(OPENSSL, "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:" + spec[1], "-out",
            key.toString()));
    Path db = Files.createDirectories(dir.resolve(name + ".db"));
    Files.writeString(db.resolve("index.txt"), "");
    Files.writeString(db.resolve("serial"), String.format("%016X%n", System.nanoTime() & Long.MAX_VALUE));
    String extensions = authority ? "basicConstraints = critical, CA:TRUE\nkeyUsage = critical, keyCertSign\n"
        : "basicConstraints = critical, CA:FALSE\nextendedKeyUsage = serverAuth\n";
    Path config = db.resolve("openssl.cnf");
    Files.writeString(config, """
        [ca]
        default_ca = test
        [test]
        dir = %s
        database = $dir/index.txt
        new_certs_dir = $dir
        serial = $dir/serial
        policy = any
        unique_subject = no
        x509_extensions = ext
        [any]
        commonName = supplied
        [req]
        distinguished_name = dn
        prompt = no
        [dn]
        CN = %s
        [ext]
        %s""".formatted(db, name + ".iotcop.test", extensions));
    Path request = db.resolve(name + ".csr");
    run(dir, List.of(OPENSSL, "req", "-new", "-config", config.toString(), "-key", key.toString(), "-out",
        request.toString()));
    Instant now = Instant.now();
    Path certificate = dir.resolve(name + ".crt");
    List<String> command = new ArrayList<>(List.of(OPENSSL, "ca", "-batch", "-notext", "-config", config.toString(),
        "-in", request.toString(), "-out", certificate.toString(), "-md", digest,
        "-startdate", ASN1.format(now.plus(notBeforeDays, ChronoUnit.DAYS)),
        "-enddate", ASN1.format(now.plus(notAfterDays, ChronoUnit.DAYS))));
    if (issuer == null) {
      command.addAll(List.of("-selfsign", "-keyfile", key.toString()));
    } else {
      command.addAll(List.of("-cert", issuer.certificate().toString(), "-keyfile", issuer.key().toString()));
    }
    run(dir, command);
    return new Issued(key, certificate);
  }

  private static void run(Path dir, List<String> command) throws IOException, InterruptedException {
    Path log = dir.resolve("openssl.log");
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("%s%n%s", command, Files.readString(log)).isZero();
  }
}
