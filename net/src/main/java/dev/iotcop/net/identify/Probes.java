package dev.iotcop.net.identify;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/** The service identifier with every protocol hello iotcop knows, in the order they are tried. */
final class Probes {
  private Probes() {}

  static ServiceIdentifier identifier(Duration bannerWait) {
    return new ServiceIdentifier(bannerWait,
        List.of(
            new ServiceIdentifier.NamedProbe("mqtt", Set.of(1883), (ctx, s) -> MqttProbe.probe(ctx, s, false)),
            new ServiceIdentifier.NamedProbe("rtsp", Set.of(554, 8554), RtspProbe::probe)),
        List.of(new ServiceIdentifier.NamedProbe("mqtts", Set.of(8883), (ctx, s) -> MqttProbe.probe(ctx, s, true))));
  }
}
