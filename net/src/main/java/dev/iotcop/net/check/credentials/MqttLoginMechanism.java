package dev.iotcop.net.check.credentials;

import dev.iotcop.engine.Subject;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.engine.evidence.Transcript;
import dev.iotcop.net.check.NetworkChecks;
import dev.iotcop.net.proto.http.SocketHttpClient;
import dev.iotcop.net.proto.mqtt.ConnectResult;
import dev.iotcop.net.proto.mqtt.MqttClient;
import dev.iotcop.net.proto.mqtt.MqttPacket;
import dev.iotcop.net.proto.mqtt.MqttVersion;
import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLSocket;

/**
 * One MQTT 3.1.1 CONNECT with a user name and password per connection (inside TLS for mqtts); the client disconnects at
 * once whatever the answer, and never subscribes or publishes.
 */
final class MqttLoginMechanism implements LoginMechanism {
  static final String NAME = "mqtt";
  private static final int MAX_PACKET = 64 * 1024;

  private final Subject.Service service;
  private final boolean tls;

  MqttLoginMechanism(Subject.Service service, boolean tls) {
    this.service = service;
    this.tls = tls;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean allowsConcurrentAttempts() {
    return true;
  }

  @Override
  public LoginTrial attempt(CheckContext ctx, Credential credential) throws InterruptedException {
    ctx.deadline().check();
    List<Transcript.Line> lines = new ArrayList<>();
    NetworkChecks.Session session;
    try {
      session = NetworkChecks.open(ctx, service);
    } catch (IOException e) {
      return LoginTrial.unreachable(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    try (session) {
      Socket socket = session.socket();
      if (tls) {
        SSLSocket t = (SSLSocket) SocketHttpClient.tlsAcceptingAnyCertificate()
            .createSocket(socket, service.address(), service.port(), false);
        t.setSoTimeout(NetworkChecks.readTimeoutMillis(ctx));
        t.startHandshake();
        socket = t;
      }
      try (MqttClient client = MqttClient.over(socket, MqttVersion.V3_1_1, MAX_PACKET)) {
        String clientId = "iotcop-" + Long.toHexString(System.nanoTime() & 0xffffffL);
        lines.add(Transcript.Line.sent("CONNECT client id " + clientId + ", user name " + credential.username()));
        lines.add(Transcript.Line.sentSecret(credential.password()));
        long start = System.nanoTime();
        ConnectResult r = client.connect(MqttPacket.Connect.withCredentials(MqttVersion.V3_1_1, clientId,
            credential.username(), credential.password()), Duration.ofMillis(NetworkChecks.readTimeoutMillis(ctx)));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return switch (r) {
          case ConnectResult.Acknowledged a -> {
            int code = a.connack().code();
            String text = "CONNACK return code " + code + a.connack().returnCode().map(c -> " (" + c + ")").orElse("");
            lines.add(Transcript.Line.received(text));
            LoginTrial.Result result = switch (code) {
              case 0 -> LoginTrial.Result.ACCEPTED;
              case 4, 5 -> LoginTrial.Result.REJECTED;
              case 3 -> LoginTrial.Result.LOCKED;
              default -> LoginTrial.Result.UNDETERMINED;
            };
            yield trial(result, text, lines, elapsed, credential);
          }
          case ConnectResult.ClosedWithoutConnack c -> {
            lines.add(Transcript.Line.note("connection closed without CONNACK"));
            yield trial(LoginTrial.Result.UNDETERMINED, "connection closed without CONNACK", lines, elapsed, credential);
          }
          case ConnectResult.NoReply n -> {
            lines.add(Transcript.Line.note("no CONNACK in time"));
            yield trial(LoginTrial.Result.UNDETERMINED, "no CONNACK in time", lines, elapsed, credential);
          }
          case ConnectResult.Unexpected u -> {
            lines.add(Transcript.Line.note(u.description()));
            yield trial(LoginTrial.Result.UNDETERMINED, u.description(), lines, elapsed, credential);
          }
        };
      }
    } catch (IOException e) {
      return LoginTrial.of(LoginTrial.Result.UNDETERMINED, e.getClass().getSimpleName() + ": " + e.getMessage(),
          List.of(new Transcript("mqtt", lines)), Duration.ZERO);
    }
  }

  private static LoginTrial trial(LoginTrial.Result result, String detail, List<Transcript.Line> lines, Duration elapsed,
      Credential credential) {
    return LoginTrial.of(result, detail, List.of(TranscriptSecrets.scrub(new Transcript("mqtt", lines), credential.password())),
        elapsed);
  }
}
