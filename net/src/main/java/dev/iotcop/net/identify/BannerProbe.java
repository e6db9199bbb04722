package dev.iotcop.net.identify;

import dev.iotcop.engine.Subject;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.net.check.NetworkChecks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Optional;

/** Connects and listens: services that speak first (SSH, telnet, FTP, ...) give themselves away. */
final class BannerProbe implements ServiceProbe {
  static final int MAX_BANNER = 2048;
  private final Duration wait;

  BannerProbe(Duration wait) {
    this.wait = wait;
  }

  @Override
  public Optional<Identification> probe(CheckContext ctx, Subject.Service service) throws InterruptedException {
    try (NetworkChecks.Session s = NetworkChecks.open(ctx, service)) {
      s.socket().setSoTimeout((int) Math.max(1, ctx.deadline().cap(wait).toMillis()));
      byte[] banner = read(s.socket().getInputStream(), System.nanoTime() + ctx.deadline().cap(wait).toNanos());
      return BannerClassifier.classify(banner);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Reads what arrives until the wait is over, a line that looks complete arrives, or the cap is reached. */
  static byte[] read(InputStream in, long until) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[512];
    while (out.size() < MAX_BANNER && System.nanoTime() < until) {
      int n;
      try {
        n = in.read(buf, 0, Math.min(buf.length, MAX_BANNER - out.size()));
      } catch (SocketTimeoutException e) {
        break;
      }
      if (n < 0) {
        break;
      }
      out.write(buf, 0, n);
      String text = out.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
      if (text.startsWith("SSH-") && text.contains("\n")) {
        break;
      }
      if ((text.startsWith("220") || text.startsWith("+OK") || text.startsWith("* OK")) && text.contains("\n")) {
        break;
      }
      String lower = text.toLowerCase(java.util.Locale.ROOT);
      if (lower.contains("login:") || lower.contains("password:")) {
        break;
      }
    }
    return out.toByteArray();
  }
}
