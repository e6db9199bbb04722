package dev.iotcop.net.proto.mdns;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/** One advertised service instance, assembled from the PTR, SRV, TXT and address records a responder sent. */
public record ServiceInstance(DnsName name, DnsName serviceType, Optional<RecordData.Srv> service, List<String> txt,
    List<InetAddress> addresses) {
  public ServiceInstance {
    txt = List.copyOf(txt);
    addresses = List.copyOf(addresses);
  }

  /** The port the service listens on, when an SRV record came. */
  public Optional<Integer> port() {
    return service.map(RecordData.Srv::port);
  }
}
