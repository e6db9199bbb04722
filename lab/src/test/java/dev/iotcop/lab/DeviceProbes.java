package dev.iotcop.lab;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/** Small clients the lab tests use to see that each daemon really speaks its protocol. */
final class DeviceProbes {
  private DeviceProbes() {}

  static boolean tcpOpen(InetAddress address, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address, port), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Reads what arrives within {@code quiet} of silence (bounded by 5 s overall). */
  static String readAvailable(Socket socket, Duration quiet) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InputStream in = socket.getInputStream();
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    socket.setSoTimeout((int) quiet.toMillis());
    byte[] buffer = new byte[4096];
    while (System.nanoTime() < deadline) {
      int n;
      try {
        n = in.read(buffer);
      } catch (SocketTimeoutException e) {
        break;
      }
      if (n < 0) {
        break;
      }
      out.write(buffer, 0, n);
    }
    return out.toString(StandardCharsets.ISO_8859_1);
  }

  /** A telnet login: the banner, then what the device answers to the user name and the password. */
  static String telnetLogin(InetAddress address, int port, String user, String password) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address, port), 2000);
      StringBuilder transcript = new StringBuilder(readUntil(socket, "login: ", Duration.ofSeconds(5)));
      OutputStream out = socket.getOutputStream();
      out.write((user + "\r\n").getBytes(StandardCharsets.US_ASCII));
      transcript.append(readUntil(socket, "Password: ", Duration.ofSeconds(5)));
      out.write((password + "\r\n").getBytes(StandardCharsets.US_ASCII));
      transcript.append(readUntil(socket, "\n", Duration.ofMillis(200)));
      out.write("echo lab-$((6*7))\r\n".getBytes(StandardCharsets.US_ASCII));
      transcript.append(readUntilAny(socket, List.of("lab-42", "login: "), Duration.ofSeconds(8)));
      return transcript.toString();
    }
  }

  static String readUntil(Socket socket, String marker, Duration timeout) throws IOException {
    return readUntilAny(socket, List.of(marker), timeout);
  }

  static String readUntilAny(Socket socket, List<String> markers, Duration timeout) throws IOException {
    StringBuilder text = new StringBuilder();
    InputStream in = socket.getInputStream();
    long deadline = System.nanoTime() + timeout.toNanos();
    socket.setSoTimeout(100);
    while (System.nanoTime() < deadline && markers.stream().noneMatch(m -> text.indexOf(m) >= 0)) {
      int b;
      try {
        b = in.read();
      } catch (SocketTimeoutException e) {
        continue;
      }
      if (b < 0) {
        break;
      }
      text.append((char) b);
    }
    return text.toString();
  }

  /** An MQTT 3.1.1 CONNECT; returns the CONNACK return code (0 accepted, 5 not authorised). */
  static int mqttConnect(Socket socket, String user, String password) throws IOException {
    ByteArrayOutputStream variable = new ByteArrayOutputStream();
    variable.writeBytes(new byte[] {0, 4, 'M', 'Q', 'T', 'T', 4});
    int flags = 0x02 | (user != null ? 0x80 : 0) | (password != null ? 0x40 : 0);
    variable.writeBytes(new byte[] {(byte) flags, 0, 30});
    writeString(variable, "lab-probe");
    if (user != null) {
      writeString(variable, user);
    }
    if (password != null) {
      writeString(variable, password);
    }
    byte[] body = variable.toByteArray();
    OutputStream out = socket.getOutputStream();
    out.write(0x10);
    out.write(body.length);
    out.write(body);
    out.flush();
    socket.setSoTimeout(5000);
    byte[] reply = socket.getInputStream().readNBytes(4);
    if (reply.length < 4 || (reply[0] & 0xff) != 0x20) {
      throw new IOException("no CONNACK, got " + reply.length + " bytes");
    }
    return reply[3];
  }

  private static void writeString(ByteArrayOutputStream out, String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.write(bytes.length >> 8);
    out.write(bytes.length);
    out.writeBytes(bytes);
  }

  /** TLS from the JDK, trusting only the given CA certificate. */
  static SSLContext trusting(Path caCertificate) throws Exception {
    X509Certificate ca;
    try (InputStream in = Files.newInputStream(caCertificate)) {
      ca = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
    KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
    store.load(null, null);
    store.setCertificateEntry("lab-ca", ca);
    TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(store);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return context;
  }

  static SSLSocket tlsSocket(SSLContext context, InetAddress address, int port) throws IOException {
    SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket();
    socket.connect(new InetSocketAddress(address, port), 2000);
    socket.setSoTimeout(5000);
    return socket;
  }

  static X509Certificate certificate(Path pem) throws Exception {
    try (InputStream in = Files.newInputStream(pem)) {
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
  }

  /** What {@code openssl s_client} negotiates with one protocol version forced (it speaks versions the JDK won't). */
  static TlsOutcome openssl(InetAddress address, int port, String versionFlag, String cipherString) {
    List<String> command = new ArrayList<>(List.of("openssl", "s_client", "-connect", address.getHostAddress() + ":" + port,
        versionFlag, "-cipher", cipherString));
    CommandResult result = HostCommands.run(command, "", null, Duration.ofSeconds(15));
    String protocol = "";
    String cipher = "";
    for (String line : result.output().lines().toList()) {
      String l = line.strip();
      if (l.startsWith("Protocol  :") || l.startsWith("Protocol :")) {
        protocol = l.substring(l.indexOf(':') + 1).strip();
      }
      if (l.startsWith("Cipher    :") || l.startsWith("Cipher :")) {
        cipher = l.substring(l.indexOf(':') + 1).strip();
      }
    }
    boolean established = !cipher.isEmpty() && !cipher.equals("0000") && !cipher.equals("(NONE)");
    return new TlsOutcome(established, protocol, cipher, result.output());
  }

  record TlsOutcome(boolean established, String protocol, String cipher, String transcript) {}
}
