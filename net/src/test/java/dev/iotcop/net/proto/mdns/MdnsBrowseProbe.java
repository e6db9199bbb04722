package dev.iotcop.net.proto.mdns;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Run by {@link MdnsClientTest} in a child JVM inside a private network namespace: browses the responder on that
 * namespace's loopback and prints one line per instance (name|type|port|txt|addresses).
 */
public final class MdnsBrowseProbe {
  private MdnsBrowseProbe() {}

  public static void main(String[] args) throws Exception {
    MdnsClient client = new MdnsClient(Duration.ofMillis(700), 20);
    InetSocketAddress responder = new InetSocketAddress(InetAddress.getLoopbackAddress(), MdnsClient.PORT);
    List<ServiceInstance> instances = List.of();
    // services are announced a moment after the daemon starts; ask a few times
    for (int attempt = 0; attempt < 15 && instances.size() < 2; attempt++) {
      instances = client.browse(responder);
    }
    for (ServiceInstance instance : instances) {
      System.out.println(String.join("|", instance.name().labels().getFirst(), instance.serviceType().toString(),
          instance.port().map(String::valueOf).orElse("-"), String.join(";", instance.txt()),
          instance.addresses().stream().map(InetAddress::getHostAddress).sorted().collect(Collectors.joining(";"))));
    }
  }
}
