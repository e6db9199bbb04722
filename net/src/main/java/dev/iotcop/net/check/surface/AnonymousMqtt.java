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
import dev.iotcop.net.proto.http.SocketHttpClient;
import dev.iotcop.net.proto.mqtt.CollectedMessages;
import dev.iotcop.net.proto.mqtt.ConnectResult;
import dev.iotcop.net.proto.mqtt.MqttClient;
import dev.iotcop.net.proto.mqtt.MqttPacket;
import dev.iotcop.net.proto.mqtt.MqttVersion;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import javax.net.ssl.SSLSocket;

/**
 * Connects to an MQTT broker without credentials and, when it is let in, subscribes to every topic ({@code #}) for a
 * few seconds. The evidence names the topics seen and at most a
 * short excerpt of a few payloads, never the messages themselves. Nothing is ever published.
 */
final class AnonymousMqtt {
  static final String ACCOUNT = "(anonymous)";
  static final int MAX_MESSAGES = 50;
  static final int MAX_TOPICS_SHOWN = 20;
  static final int EXCERPTS = 3;
  static final int EXCERPT_CHARS = 24;
  private static final Duration MAX_LISTEN = Duration.ofSeconds(3);
  private static final SecureRandom RANDOM = new SecureRandom();

  private AnonymousMqtt() {}

  static Finding probe(CheckContext ctx, ServiceFact fact) throws InterruptedException {
    Subject.Service service = fact.service();
    if (fact.attribute("mqtt.anonymous").equals("refused")) {
      // identification already made the anonymous CONNECT and saw it refused; asking again would only spend budget
      return UnauthenticatedAccessCheck.finding(Outcome.PASS, Confidence.HIGH, service, "mqtt.refused",
          List.of(service.endpoint(), fact.banner()),
          List.of(Observation.of("seenBy", "service identification", "answer", fact.banner())));
    }
    Optional<String> refused = ctx.logins().reserve(service, ACCOUNT);
    if (refused.isPresent()) {
      return inconclusive(service, refused.get());
    }
    String clientId = "iotcop-" + HexFormat.of().toHexDigits(RANDOM.nextInt());
    try (NetworkChecks.Session session = NetworkChecks.open(ctx, service)) {
      Socket socket = session.socket();
      if (fact.tls()) {
        SSLSocket tls = (SSLSocket) SocketHttpClient.tlsAcceptingAnyCertificate()
            .createSocket(socket, service.address(), service.port(), false);
        tls.setSoTimeout(NetworkChecks.readTimeoutMillis(ctx));
        tls.startHandshake();
        socket = tls;
      }
      try (MqttClient client = MqttClient.over(socket, MqttVersion.V3_1_1, 64 * 1024)) {
        Duration wait = Duration.ofMillis(NetworkChecks.readTimeoutMillis(ctx));
        ConnectResult result = client.connect(MqttPacket.Connect.anonymous(MqttVersion.V3_1_1, clientId), wait);
        boolean accepted = result instanceof ConnectResult.Acknowledged a && a.connack().accepted();
        ctx.logins().record(service, ACCOUNT, accepted);
        return switch (result) {
          case ConnectResult.Acknowledged a when a.connack().accepted() -> subscribed(ctx, client, service, clientId);
          case ConnectResult.Acknowledged a -> UnauthenticatedAccessCheck.finding(Outcome.PASS, Confidence.HIGH, service,
              "mqtt.refused", List.of(service.endpoint(), "CONNACK " + a.connack().code()),
              List.of(transcript(clientId, "CONNACK return code " + a.connack().code())));
          case ConnectResult.ClosedWithoutConnack c ->
              inconclusive(service, "the broker closed the connection without a CONNACK");
          case ConnectResult.NoReply n -> inconclusive(service, "no CONNACK within " + wait.toMillis() + " ms");
          case ConnectResult.Unexpected u -> inconclusive(service, "unexpected answer: " + u.description());
        };
      }
    } catch (IOException e) {
      return inconclusive(service, "could not talk to the broker: " + e.getMessage());
    }
  }

  private static Finding subscribed(CheckContext ctx, MqttClient client, Subject.Service service, String clientId)
      throws IOException, InterruptedException {
    ctx.deadline().check();
    Duration listen = ctx.deadline().cap(ctx.politeness().readTimeout());
    listen = listen.compareTo(MAX_LISTEN) > 0 ? MAX_LISTEN : listen;
    CollectedMessages collected = client.collect(List.of("#"), MAX_MESSAGES, listen);
    List<Integer> codes = collected.suback().map(MqttPacket.Suback::codes).orElse(List.of());
    boolean everyTopicGranted = !codes.isEmpty() && codes.getFirst() < 0x80;
    TreeSet<String> topics = new TreeSet<>();
    collected.messages().forEach(m -> topics.add(m.topic()));
    Map<String, String> seen = new LinkedHashMap<>();
    seen.put("subackCodes", codes.toString());
    seen.put("messages", Integer.toString(collected.messages().size()));
    seen.put("topics", String.join(", ", topics.stream().limit(MAX_TOPICS_SHOWN).toList())
        + (topics.size() > MAX_TOPICS_SHOWN ? ", … (" + topics.size() + " in all)" : ""));
    collected.messages().stream().limit(EXCERPTS)
        .forEach(m -> seen.put("excerpt " + m.topic(), excerpt(m.payload())));
    Transcript transcript = transcript(clientId, "CONNACK return code 0 (accepted)",
        Transcript.Line.sent("SUBSCRIBE # (QoS 0)"),
        Transcript.Line.received("SUBACK " + codes));
    if (everyTopicGranted || !collected.messages().isEmpty()) {
      return UnauthenticatedAccessCheck.finding(Outcome.FAIL, Confidence.HIGH, service, "mqtt.open",
          List.of(service.endpoint(), Integer.toString(collected.messages().size()), Integer.toString(topics.size()),
              Long.toString(Math.max(1, listen.toSeconds()))),
          List.of(transcript, new Observation(seen)));
    }
    // Let in without credentials, but the broker's access rules keep the anonymous client away from the topics:
    // a weakness worth showing, not enough to call the provision failed.
    return UnauthenticatedAccessCheck.finding(Outcome.FAIL, Confidence.LOW, service, "mqtt.connect-only",
        List.of(service.endpoint(), codes.toString()), List.of(transcript, new Observation(seen)));
  }

  /** The first characters of a payload, printable ASCII only, with its size: enough to show what kind of data flows. */
  static String excerpt(byte[] payload) {
    StringBuilder b = new StringBuilder();
    String text = new String(payload, 0, Math.min(payload.length, EXCERPT_CHARS), StandardCharsets.ISO_8859_1);
    for (char c : text.toCharArray()) {
      b.append(c >= 0x20 && c < 0x7F ? c : '.');
    }
    return b + (payload.length > EXCERPT_CHARS ? "…" : "") + " (" + payload.length + " bytes)";
  }

  private static Transcript transcript(String clientId, String answer, Transcript.Line... more) {
    List<Transcript.Line> lines = new java.util.ArrayList<>();
    lines.add(Transcript.Line.sent("CONNECT client id " + clientId + ", no user name, no password"));
    lines.add(Transcript.Line.received(answer));
    lines.addAll(List.of(more));
    return new Transcript("mqtt", lines);
  }

  private static Finding inconclusive(Subject.Service service, String reason) {
    return UnauthenticatedAccessCheck.finding(Outcome.INCONCLUSIVE, Confidence.HIGH, service, "mqtt.inconclusive",
        List.of(service.endpoint(), reason), List.of(Observation.of("reason", reason)));
  }
}
