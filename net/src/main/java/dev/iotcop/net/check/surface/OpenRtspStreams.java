package dev.iotcop.net.check.surface;

import dev.iotcop.engine.Confidence;
import dev.iotcop.engine.Finding;
import dev.iotcop.engine.Outcome;
import dev.iotcop.engine.Subject;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.engine.evidence.Observation;
import dev.iotcop.engine.evidence.Transcript;
import dev.iotcop.engine.fact.ServiceFact;
import dev.iotcop.net.check.NetworkChecks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks an RTSP server to DESCRIBE the streams cameras usually serve ({@code rtsp-paths.txt}), once each and without
 * credentials. A 200 answer with a session description means anyone can open the stream; a 401 means it asks for
 * credentials. No stream is ever set up or played.
 */
final class OpenRtspStreams {
  static final List<String> PATHS = PathList.load("rtsp-paths.txt");
  static final int MAX_HEAD = 8 * 1024;
  static final int MAX_BODY = 16 * 1024;
  private static final Pattern STATUS = Pattern.compile("^RTSP/1\\.\\d (\\d{3})");
  private static final Pattern CONTENT_LENGTH = Pattern.compile("(?im)^Content-Length:\\s*(\\d{1,6})\\s*$");
  private static final Pattern CONTENT_TYPE = Pattern.compile("(?im)^Content-Type:\\s*([^\\r\\n;]+)");

  private OpenRtspStreams() {}

  record Reply(int status, String head, String body) {
    boolean describesAStream() {
      Matcher type = CONTENT_TYPE.matcher(head);
      return status == 200 && type.find() && type.group(1).strip().toLowerCase(Locale.ROOT).equals("application/sdp")
          && body.startsWith("v=0");
    }

    String statusLine() {
      int end = head.indexOf('\r');
      return end < 0 ? head : head.substring(0, end);
    }
  }

  static Finding probe(CheckContext ctx, ServiceFact fact) throws InterruptedException {
    Subject.Service service = fact.service();
    Map<String, String> seen = new LinkedHashMap<>();
    List<String> asking = new ArrayList<>();
    int cseq = 1;
    for (String path : PATHS) {
      ctx.deadline().check();
      String url = "rtsp://" + service.endpoint() + path;
      try (NetworkChecks.Session session = NetworkChecks.open(ctx, service)) {
        String request = "DESCRIBE " + url + " RTSP/1.0\r\nCSeq: " + cseq++ + "\r\nAccept: application/sdp\r\n"
            + "User-Agent: iotcop\r\n\r\n";
        session.socket().getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        session.socket().getOutputStream().flush();
        Reply reply = read(session.socket().getInputStream());
        seen.put(path, reply.statusLine());
        if (reply.describesAStream()) {
          Transcript transcript = new Transcript("rtsp", List.of(
              Transcript.Line.sent("DESCRIBE " + url + " RTSP/1.0"),
              Transcript.Line.received(reply.statusLine()),
              Transcript.Line.received(sdpSummary(reply.body()))));
          return UnauthenticatedAccessCheck.finding(Outcome.FAIL, Confidence.HIGH, service, "rtsp.open",
              List.of(url), List.of(transcript, new Observation(seen)));
        }
        if (reply.status() == 401 || reply.status() == 403) {
          asking.add(path);
        }
      } catch (IOException e) {
        seen.put(path, "no answer: " + e.getMessage());
      }
    }
    if (!asking.isEmpty()) {
      return UnauthenticatedAccessCheck.finding(Outcome.PASS, Confidence.MEDIUM, service, "rtsp.protected",
          List.of("rtsp://" + service.endpoint(), Integer.toString(asking.size()), Integer.toString(PATHS.size())),
          List.of(new Observation(seen)));
    }
    boolean anyAnswer = seen.values().stream().anyMatch(v -> v.startsWith("RTSP/"));
    return UnauthenticatedAccessCheck.finding(anyAnswer ? Outcome.INFO : Outcome.INCONCLUSIVE, Confidence.MEDIUM, service,
        anyAnswer ? "rtsp.none-found" : "rtsp.inconclusive",
        anyAnswer ? List.of("rtsp://" + service.endpoint(), Integer.toString(PATHS.size()))
            : List.of("rtsp://" + service.endpoint(), "no RTSP answer to DESCRIBE"),
        List.of(new Observation(seen)));
  }

  /** Reads one response: the head up to the blank line and a body of Content-Length bytes, both capped. */
  static Reply read(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < 4) {
      int b;
      try {
        b = in.read();
      } catch (SocketTimeoutException e) {
        throw new IOException("no complete answer in time", e);
      }
      if (b < 0) {
        break;
      }
      head.write(b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
      if (head.size() > MAX_HEAD) {
        throw new IOException("answer head longer than " + MAX_HEAD + " bytes");
      }
    }
    String headText = head.toString(StandardCharsets.ISO_8859_1);
    Matcher status = STATUS.matcher(headText);
    if (!status.find()) {
      throw new IOException("not an RTSP answer");
    }
    Matcher length = CONTENT_LENGTH.matcher(headText);
    int bodyLength = length.find() ? Math.min(Integer.parseInt(length.group(1)), MAX_BODY) : 0;
    byte[] body = in.readNBytes(bodyLength);
    return new Reply(Integer.parseInt(status.group(1)), headText, new String(body, StandardCharsets.UTF_8));
  }

  /** The media and session name lines of a session description: what the stream is, not its addresses. */
  static String sdpSummary(String sdp) {
    List<String> lines = sdp.lines().filter(l -> l.startsWith("m=") || l.startsWith("s=")).limit(6).toList();
    return "SDP " + String.join(" | ", lines);
  }
}
