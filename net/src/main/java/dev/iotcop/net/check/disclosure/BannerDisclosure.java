package dev.iotcop.net.check.disclosure;

import dev.iotcop.engine.evidence.Observation;
import dev.iotcop.engine.fact.ServiceFact;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a service says about its software in the greeting identification already read: the SSH identification
 * string, the HTTP and RTSP Server header, the FTP and telnet greeting. No new connection is made.
 */
final class BannerDisclosure {
  private static final Pattern UPNP_SERVER = Pattern.compile("Server:.*\\bUPnP/\\d", Pattern.CASE_INSENSITIVE);

  private BannerDisclosure() {}

  static Reading read(ServiceFact fact) {
    List<Disclosure> items = new ArrayList<>();
    String product = (fact.product() + " " + fact.version()).strip();
    Optional<String> version = VersionText.precise(fact.version()).or(() -> VersionText.precise(fact.banner()));
    switch (fact.protocol()) {
      // RFC 4253 makes the software version part of the identification string every SSH server must send
      case "ssh" -> version.ifPresent(v -> items.add(new Disclosure(InfoKind.REQUIRED_VERSION, "SSH identification",
          "ssh", fact.banner())));
      // a UPnP device's web server must name OS, UPnP and product versions in its Server header, like SSDP's SERVER
      case "http", "https", "rtsp" -> VersionText.precise(fact.version()).ifPresent(v -> items.add(new Disclosure(
          UPNP_SERVER.matcher(fact.banner()).find() ? InfoKind.REQUIRED_VERSION : InfoKind.COMPONENT_VERSION,
          fact.protocol().toUpperCase(java.util.Locale.ROOT) + " Server header", "Server", product)));
      default -> version.ifPresent(v -> items.add(new Disclosure(InfoKind.COMPONENT_VERSION,
          fact.protocol() + " greeting", fact.protocol(), fact.banner())));
    }
    return Reading.of(items, List.of(Observation.of("greeting", fact.banner(), "product", product)));
  }
}
