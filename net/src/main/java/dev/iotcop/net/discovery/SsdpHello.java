package dev.iotcop.net.discovery;

import dev.iotcop.net.identify.Identification;
import dev.iotcop.net.proto.ssdp.MSearch;
import dev.iotcop.net.proto.ssdp.SsdpClient;
import dev.iotcop.net.proto.ssdp.SsdpResponse;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** SSDP: one unicast M-SEARCH for {@code ssdp:all} to the device's own address and port (never the multicast group). */
final class SsdpHello implements UdpHello {
  private static final int MAX_RESPONSES = 32;

  @Override
  public String protocol() {
    return "ssdp";
  }

  @Override
  public Set<Integer> usualPorts() {
    return Set.of(MSearch.PORT);
  }

  @Override
  public Optional<Identification> ask(InetSocketAddress endpoint, Duration wait, int retries) throws IOException {
    SsdpClient client = new SsdpClient(wait, MAX_RESPONSES);
    for (int attempt = 0; attempt <= retries; attempt++) {
      List<SsdpResponse> responses = client.search(endpoint, MSearch.ALL);
      if (!responses.isEmpty()) {
        return Optional.of(identify(responses));
      }
    }
    return Optional.empty();
  }

  static Identification identify(List<SsdpResponse> responses) {
    String server = responses.stream().flatMap(r -> r.server().stream()).findFirst().orElse("");
    ServerToken product = ServerToken.last(server);
    Identification id = Identification.of("ssdp", product.name(), product.version(), server.isEmpty() ? "SSDP" : server)
        .with("ssdp.responses", Integer.toString(responses.size()));
    if (!server.isEmpty()) {
      id = id.with("ssdp.server", server);
    }
    Optional<String> location = responses.stream().flatMap(r -> r.location().stream()).map(Object::toString).findFirst();
    if (location.isPresent()) {
      id = id.with("ssdp.location", location.get());
    }
    Optional<String> usn = responses.stream().flatMap(r -> r.uniqueServiceName().stream()).findFirst();
    if (usn.isPresent()) {
      id = id.with("ssdp.usn", usn.get());
    }
    return id;
  }

  /** The product token of a SERVER header ({@code OS/version UPnP/1.1 product/version}): the last that is not UPnP's. */
  record ServerToken(String name, String version) {
    static ServerToken last(String server) {
      ServerToken found = new ServerToken("", "");
      for (String token : server.strip().split("\\s+")) {
        int slash = token.indexOf('/');
        if (slash > 0 && !token.regionMatches(true, 0, "UPnP/", 0, 5)) {
          found = new ServerToken(token.substring(0, slash), token.substring(slash + 1).replaceAll("[,;]+$", ""));
        }
      }
      return found;
    }
  }
}
