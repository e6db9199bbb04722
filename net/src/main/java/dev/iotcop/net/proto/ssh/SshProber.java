package dev.iotcop.net.proto.ssh;

import dev.iotcop.net.proto.DeadlineInputStream;
import dev.iotcop.net.proto.Octets;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import javax.net.SocketFactory;

/**
 * Connects, reads the server identification, sends ours and a KEXINIT that offers old and new algorithms alike, reads
 * the server's KEXINIT and closes. No key exchange takes place.
 */
public final class SshProber {
  /** Packets (IGNORE, DEBUG) tolerated before the KEXINIT. */
  static final int MAX_PACKETS = 8;
  public static final String SOFTWARE_VERSION = "iotcop_probe";

  /** Where to probe and how long to wait. */
  public record Endpoint(String host, int port, Duration connectTimeout, Duration readTimeout) {
    public Endpoint {
      if (port < 1 || port > 65535 || connectTimeout.isNegative() || readTimeout.isNegative()) {
        throw new IllegalArgumentException("bad port or timeout");
      }
    }
  }

  private final Endpoint endpoint;
  private final SocketFactory sockets;
  private final SecureRandom random = new SecureRandom();

  public SshProber(Endpoint endpoint, SocketFactory sockets) {
    this.endpoint = endpoint;
    this.sockets = sockets;
  }

  public SshProbeOutcome probe() {
    try (Socket socket = sockets.createSocket()) {
      try {
        socket.connect(new InetSocketAddress(endpoint.host(), endpoint.port()), millis(endpoint.connectTimeout()));
      } catch (SocketTimeoutException e) {
        return new SshProbeOutcome.Unreachable("connect timed out");
      }
      socket.setSoTimeout(millis(endpoint.readTimeout()));
      OutputStream out = socket.getOutputStream();
      out.write(ourIdentification().encode());
      out.flush();
      InputStream in = new DeadlineInputStream(new BufferedInputStream(socket.getInputStream()),
          DeadlineInputStream.budgetFor(endpoint.readTimeout()));
      return converse(in, out, random);
    } catch (IOException e) {
      return new SshProbeOutcome.Unreachable(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  static SshProbeOutcome converse(InputStream in, OutputStream out, SecureRandom random) throws IOException {
    SshIdentification id;
    try {
      id = SshIdentification.read(in);
    } catch (SshProtocolException e) {
      return new SshProbeOutcome.NotSsh(e.getMessage());
    } catch (SocketTimeoutException e) {
      return new SshProbeOutcome.Unreachable("no identification before the read timeout");
    }
    if (!id.speaksSsh2()) {
      return new SshProbeOutcome.IdentifiedOnly(id, "protocol version " + id.protocolVersion() + " only");
    }
    try {
      out.write(SshPacket.of(ourKexInit(random).encode(), random).encode());
      out.flush();
    } catch (IOException e) {
      return new SshProbeOutcome.IdentifiedOnly(id, "could not send our KEXINIT: " + e.getMessage());
    }
    try {
      for (int i = 0; i < MAX_PACKETS; i++) {
        SshPacket packet = SshPacket.read(in);
        switch (packet.messageType()) {
          case SshPacket.MSG_KEXINIT -> {
            return new SshProbeOutcome.Offered(id, KexInit.decode(packet.payload().toByteArray()));
          }
          case SshPacket.MSG_IGNORE, SshPacket.MSG_DEBUG -> { }
          case SshPacket.MSG_DISCONNECT -> {
            return new SshProbeOutcome.IdentifiedOnly(id, "server disconnected before KEXINIT");
          }
          default -> {
            return new SshProbeOutcome.NotSsh("expected KEXINIT, got message " + packet.messageType());
          }
        }
      }
      return new SshProbeOutcome.IdentifiedOnly(id, "no KEXINIT within " + MAX_PACKETS + " packets");
    } catch (SshProtocolException e) {
      return new SshProbeOutcome.IdentifiedOnly(id, e.getMessage());
    } catch (SocketTimeoutException e) {
      return new SshProbeOutcome.IdentifiedOnly(id, "no KEXINIT before the read timeout");
    }
  }

  static SshIdentification ourIdentification() {
    return new SshIdentification("2.0", SOFTWARE_VERSION, java.util.Optional.empty(), List.of());
  }

  /** A broad offer so that even old servers find a match and answer with their own list. */
  static KexInit ourKexInit(SecureRandom random) {
    byte[] cookie = new byte[16];
    random.nextBytes(cookie);
    List<String> ciphers = List.of("chacha20-poly1305@openssh.com", "aes128-gcm@openssh.com", "aes256-gcm@openssh.com",
        "aes128-ctr", "aes192-ctr", "aes256-ctr", "aes128-cbc", "aes256-cbc", "3des-cbc");
    List<String> macs = List.of("hmac-sha2-256-etm@openssh.com", "hmac-sha2-512-etm@openssh.com", "hmac-sha2-256",
        "hmac-sha2-512", "hmac-sha1", "hmac-md5");
    List<String> compression = List.of("none", "zlib@openssh.com");
    return new KexInit(Octets.of(cookie),
        List.of("curve25519-sha256", "curve25519-sha256@libssh.org", "ecdh-sha2-nistp256", "ecdh-sha2-nistp384",
            "ecdh-sha2-nistp521", "diffie-hellman-group16-sha512", "diffie-hellman-group14-sha256",
            "diffie-hellman-group-exchange-sha256", "diffie-hellman-group14-sha1", "diffie-hellman-group1-sha1"),
        List.of("ssh-ed25519", "ecdsa-sha2-nistp256", "rsa-sha2-512", "rsa-sha2-256", "ssh-rsa", "ssh-dss"),
        ciphers, ciphers, macs, macs, compression, compression, List.of(), List.of(), false, 0);
  }

  private static int millis(Duration d) {
    return (int) Math.clamp(d.toMillis(), 1, Integer.MAX_VALUE);
  }
}
