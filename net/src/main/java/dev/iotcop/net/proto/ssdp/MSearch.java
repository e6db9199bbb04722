package dev.iotcop.net.proto.ssdp;

import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * An SSDP M-SEARCH request (UPnP Device Architecture 1.1, section 1.3.2). A unicast search names the device's own
 * address in HOST and carries no MX; a multicast one names the SSDP group and asks for replies within MX seconds.
 */
public record MSearch(String host, String searchTarget, int mx) {
  public static final String ALL = "ssdp:all";
  public static final String ROOT_DEVICE = "upnp:rootdevice";
  public static final int PORT = 1900;
  public static final String MULTICAST_HOST = "239.255.255.250:1900";

  public MSearch {
    requireHeaderValue(host);
    requireHeaderValue(searchTarget);
    if (mx < 0 || mx > 5) {
      throw new IllegalArgumentException("MX is 1 to 5 seconds, or 0 for a unicast search without MX");
    }
  }

  public static MSearch unicast(InetSocketAddress device, String searchTarget) {
    String address = device.getAddress().getHostAddress();
    String host = device.getAddress() instanceof Inet6Address ? "[" + address + "]" : address;
    return new MSearch(host + ":" + device.getPort(), searchTarget, 0);
  }

  public static MSearch multicast(String searchTarget, int mx) {
    if (mx < 1) {
      throw new IllegalArgumentException("a multicast search needs MX of 1 to 5");
    }
    return new MSearch(MULTICAST_HOST, searchTarget, mx);
  }

  public byte[] toBytes() {
    StringBuilder request = new StringBuilder()
        .append("M-SEARCH * HTTP/1.1\r\n")
        .append("HOST: ").append(host).append("\r\n")
        .append("MAN: \"ssdp:discover\"\r\n");
    if (mx > 0) {
      request.append("MX: ").append(mx).append("\r\n");
    }
    request.append("ST: ").append(searchTarget).append("\r\n")
        .append("USER-AGENT: iotcop/1 UPnP/1.1 iotcop/1\r\n")
        .append("\r\n");
    return request.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void requireHeaderValue(String value) {
    if (value.isEmpty() || value.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
      throw new IllegalArgumentException("not a single-line header value: " + value);
    }
  }
}
