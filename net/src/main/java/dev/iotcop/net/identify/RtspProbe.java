package dev.iotcop.net.identify;

import dev.iotcop.engine.Subject;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.net.check.NetworkChecks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sends an RTSP OPTIONS request; an {@code RTSP/1.0} status line identifies a streaming server (cameras). */
final class RtspProbe {
  private static final Pattern SERVER = Pattern.compile("(?im)^Server:\\s*([^\\r\\n/]+)(?:/([^\\s\\r\\n]+))?");

  private RtspProbe() {}

  static Optional<Identification> probe(CheckContext ctx, Subject.Service service) throws InterruptedException {
    try (NetworkChecks.Session s = NetworkChecks.open(ctx, service)) {
      String request = "OPTIONS rtsp://" + service.endpoint() + "/ RTSP/1.0\r\nCSeq: 1\r\nUser-Agent: iotcop\r\n\r\n";
      s.socket().getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      s.socket().getOutputStream().flush();
      byte[] reply = BannerProbe.read(s.socket().getInputStream(), System.nanoTime() + 1_000_000L * NetworkChecks.readTimeoutMillis(ctx));
      String text = new String(reply, StandardCharsets.ISO_8859_1);
      if (!text.startsWith("RTSP/1.")) {
        return Optional.empty();
      }
      Matcher m = SERVER.matcher(text);
      String product = "";
      String version = "";
      if (m.find()) {
        product = m.group(1).strip();
        version = m.group(2) == null ? "" : m.group(2);
      }
      int eol = text.indexOf('\r');
      return Optional.of(Identification.of("rtsp", product, version, eol > 0 ? text.substring(0, eol) : text));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
