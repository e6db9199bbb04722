package dev.iotcop.net.discovery;

import dev.iotcop.net.identify.Identification;
import dev.iotcop.net.proto.coap.CoapClient;
import dev.iotcop.net.proto.coap.CoapFormatException;
import dev.iotcop.net.proto.coap.CoapResponse;
import dev.iotcop.net.proto.coap.CoapType;
import dev.iotcop.net.proto.coap.Link;
import dev.iotcop.net.proto.coap.LinkFormat;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * CoAP: a confirmable GET of {@code /.well-known/core}. Any CoAP answer identifies an endpoint, a Reset or an error
 * code included; when the answer is a link document, the resource paths are kept (at most 32).
 */
final class CoapHello implements UdpHello {
  private static final int MAX_PAYLOAD = 16 * 1024;
  private static final int MAX_RESOURCES = 32;

  @Override
  public String protocol() {
    return "coap";
  }

  @Override
  public Set<Integer> usualPorts() {
    return Set.of(CoapClient.PORT);
  }

  @Override
  public Optional<Identification> ask(InetSocketAddress endpoint, Duration wait, int retries) throws IOException {
    Optional<CoapResponse> response = new CoapClient(wait, Math.min(retries, 4), MAX_PAYLOAD).wellKnownCore(endpoint);
    if (response.isEmpty()) {
      return Optional.empty();
    }
    CoapResponse r = response.get();
    boolean reset = r.last().type() == CoapType.RESET;
    Identification id = Identification.of(protocol(), "", "", reset ? "CoAP Reset" : "CoAP " + r.code())
        .with("coap.code", reset ? "reset" : r.code().toString());
    if (!reset && r.code().isSuccess()) {
      try {
        List<String> targets = LinkFormat.parse(r.payloadText()).stream().map(Link::target).limit(MAX_RESOURCES).toList();
        id = id.with("coap.resources", String.join(" ", targets));
      } catch (CoapFormatException notALinkDocument) {
        id = id.with("coap.resources", "");
      }
    }
    return Optional.of(id);
  }
}
