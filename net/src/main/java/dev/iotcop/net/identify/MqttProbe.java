package dev.iotcop.net.identify;

import dev.iotcop.engine.Subject;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.net.check.NetworkChecks;
import dev.iotcop.net.proto.http.SocketHttpClient;
import dev.iotcop.net.proto.mqtt.ConnectResult;
import dev.iotcop.net.proto.mqtt.MqttClient;
import dev.iotcop.net.proto.mqtt.MqttPacket;
import dev.iotcop.net.proto.mqtt.MqttVersion;
import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLSocket;

/**
 * Sends an MQTT CONNECT without credentials; a CONNACK, whatever its return code, identifies a broker. The return
 * code is kept as an attribute ({@code mqtt.anonymous=accepted|refused}) for the checks that judge it; the probe
 * disconnects at once and subscribes to nothing.
 */
final class MqttProbe {
  private MqttProbe() {}

  static Optional<Identification> probe(CheckContext ctx, Subject.Service service, boolean tls) throws InterruptedException {
    try (NetworkChecks.Session s = NetworkChecks.open(ctx, service)) {
      Socket socket = s.socket();
      if (tls) {
        SSLSocket t = (SSLSocket) SocketHttpClient.tlsAcceptingAnyCertificate().createSocket(socket, service.address(), service.port(), false);
        t.setSoTimeout(NetworkChecks.readTimeoutMillis(ctx));
        t.startHandshake();
        socket = t;
      }
      try (MqttClient client = MqttClient.over(socket, MqttVersion.V3_1_1, 64 * 1024)) {
        ConnectResult r = client.connect(MqttPacket.Connect.anonymous(MqttVersion.V3_1_1, "iotcop-probe"),
            Duration.ofMillis(NetworkChecks.readTimeoutMillis(ctx)));
        if (r instanceof ConnectResult.Acknowledged a) {
          Identification id = Identification.of("mqtt", "", "", "CONNACK " + a.connack())
              .with("mqtt.anonymous", a.connack().accepted() ? "accepted" : "refused");
          return Optional.of(tls ? id.inTls() : id);
        }
        return Optional.empty();
      }
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
