package dev.iotcop.net.discovery;

import dev.iotcop.net.identify.Identification;
import dev.iotcop.net.proto.mdns.DnsMessage;
import dev.iotcop.net.proto.mdns.DnsRecord;
import dev.iotcop.net.proto.mdns.MdnsClient;
import dev.iotcop.net.proto.mdns.MdnsQueries;
import dev.iotcop.net.proto.mdns.RecordData;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * mDNS: one legacy unicast DNS-SD meta-query (which service types are offered) sent to the device's address and port
 * from an ephemeral port; a responder answers the sender directly. Any response with the query's id identifies it.
 */
final class MdnsHello implements UdpHello {
  private static final int MAX_TYPES = 32;

  @Override
  public String protocol() {
    return "mdns";
  }

  @Override
  public Set<Integer> usualPorts() {
    return Set.of(MdnsClient.PORT);
  }

  @Override
  public Optional<Identification> ask(InetSocketAddress endpoint, Duration wait, int retries) throws IOException {
    MdnsClient client = new MdnsClient(wait, 1);
    for (int attempt = 0; attempt <= retries; attempt++) {
      List<DnsMessage> answers = client.query(endpoint, MdnsQueries.serviceTypes(client.newId(), false));
      if (!answers.isEmpty()) {
        Set<String> types = new LinkedHashSet<>();
        for (DnsMessage m : answers) {
          for (DnsRecord r : m.allRecords()) {
            if (r.data() instanceof RecordData.Ptr ptr && r.name().sameAs(MdnsQueries.SERVICES) && types.size() < MAX_TYPES) {
              types.add(ptr.target().toString());
            }
          }
        }
        return Optional.of(Identification.of(protocol(), "", "", "DNS-SD: " + types.size() + " service type(s)")
            .with("mdns.service-types", String.join(" ", types)));
      }
    }
    return Optional.empty();
  }
}
