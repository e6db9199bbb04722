package dev.iotcop.net.check.crypto;

import dev.iotcop.engine.Confidence;
import dev.iotcop.engine.Subject;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.engine.evidence.Evidence;
import dev.iotcop.engine.evidence.Transcript;
import dev.iotcop.net.check.NetworkChecks;
import dev.iotcop.net.proto.mqtt.ConnectResult;
import dev.iotcop.net.proto.mqtt.MqttClient;
import dev.iotcop.net.proto.mqtt.MqttPacket;
import dev.iotcop.net.proto.mqtt.MqttVersion;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Sends one MQTT 3.1.1 CONNECT without credentials over the clear connection and reads the CONNACK. "Bad user name or
 * password" means the broker wants credentials, which its clients can then only send in clear: FAIL, high confidence.
 * "Not authorised" usually means the same, but may also come from rules on client identifiers or addresses: FAIL,
 * medium confidence. An accepted connection shows that no credential is needed: INFO, since the anonymous access
 * itself is judged by other checks. Nothing is subscribed to or published.
 */
final class MqttExposure {
  static final int BAD_CREDENTIALS = 4;
  static final int NOT_AUTHORISED = 5;

  private MqttExposure() {}

  static Exposure examine(CheckContext ctx, Subject.Service service) throws InterruptedException {
    ctx.deadline().check();
    String clientId = InventedNames.next();
    try (NetworkChecks.Session s = NetworkChecks.open(ctx, service);
        MqttClient client = MqttClient.over(s.socket(), MqttVersion.V3_1_1, 16 * 1024)) {
      ConnectResult result = client.connect(MqttPacket.Connect.anonymous(MqttVersion.V3_1_1, clientId),
          Duration.ofMillis(NetworkChecks.readTimeoutMillis(ctx)));
      return classify(result, clientId);
    } catch (IOException e) {
      return new Exposure.Undetermined(e.getClass().getSimpleName() + ": " + e.getMessage(), List.of());
    }
  }

  /** A pure function of the broker's answer. */
  static Exposure classify(ConnectResult result, String clientId) {
    Transcript.Line sent = Transcript.Line.sent("CONNECT client id " + clientId + ", no user name, no password");
    return switch (result) {
      case ConnectResult.Acknowledged a -> {
        int code = a.connack().code();
        String name = a.connack().returnCode().map(Enum::name).orElse("code " + code);
        List<Evidence> evidence = List.of(new Transcript("mqtt", List.of(sent,
            Transcript.Line.received("CONNACK return code " + code + " (" + name + ")"))));
        yield switch (code) {
          case 0 -> new Exposure.NoCredentials(Optional.of("info.mqtt-anonymous"), List.of(), evidence);
          case BAD_CREDENTIALS ->
              new Exposure.CredentialsInClear("fail.mqtt-credentials", Confidence.HIGH, List.of(name), evidence);
          case NOT_AUTHORISED ->
              new Exposure.CredentialsInClear("fail.mqtt-credentials", Confidence.MEDIUM, List.of(name), evidence);
          default -> new Exposure.Undetermined("CONNACK " + name, evidence);
        };
      }
      case ConnectResult.ClosedWithoutConnack c -> new Exposure.Undetermined("connection closed without a CONNACK",
          List.of(new Transcript("mqtt", List.of(sent, Transcript.Line.note("closed without CONNACK")))));
      case ConnectResult.NoReply n -> new Exposure.Undetermined("no CONNACK before the read timeout",
          List.of(new Transcript("mqtt", List.of(sent, Transcript.Line.note("no reply")))));
      case ConnectResult.Unexpected u -> new Exposure.Undetermined("unexpected answer: " + u.description(),
          List.of(new Transcript("mqtt", List.of(sent, Transcript.Line.note(u.description())))));
    };
  }
}
