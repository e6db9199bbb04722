package dev.iotcop.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The demo camera's TLS identity, made the way cheap devices ship it: a self-signed certificate with a 1024-bit RSA key,
 * signed with SHA-1, that expired long ago. Made fresh on every start with the keytool of the running JDK, in a temporary file.
 */
final class DemoTls {
  private static final char[] PASSWORD = "demo-device".toCharArray();

  private DemoTls() {}

  static SSLContext expiredSelfSigned(Path dir, String commonName) throws IOException, GeneralSecurityException {
    Path store = dir.resolve("demo-camera.p12");
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "camera", "-keyalg", "RSA", "-keysize", "1024",
        "-sigalg", "SHA1withRSA", "-dname", "CN=" + commonName + ", O=DemoCam", "-startdate", "-2y", "-validity", "30",
        "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
        .redirectErrorStream(true)
        .start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (p.waitFor() != 0) {
        throw new IOException("keytool failed: " + log);
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while making the demo certificate", e);
    }
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      ks.load(in, PASSWORD);
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(ks, PASSWORD);
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(kmf.getKeyManagers(), null, null);
    Files.deleteIfExists(store);
    return ctx;
  }
}
