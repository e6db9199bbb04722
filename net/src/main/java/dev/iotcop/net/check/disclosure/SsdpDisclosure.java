package dev.iotcop.net.check.disclosure;

import dev.iotcop.engine.Subject;
import dev.iotcop.engine.Transport;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.engine.evidence.HttpExchange;
import dev.iotcop.engine.evidence.Observation;
import dev.iotcop.engine.fact.ServiceFact;
import dev.iotcop.net.check.GatedSocketFactory;
import dev.iotcop.net.proto.http.HttpProtocolException;
import dev.iotcop.net.proto.http.HttpRequest;
import dev.iotcop.net.proto.http.HttpResponse;
import dev.iotcop.net.proto.http.HttpResponseReader;
import dev.iotcop.net.proto.http.SocketHttpClient;
import dev.iotcop.net.proto.ssdp.DeviceDescription;
import dev.iotcop.net.proto.ssdp.SsdpFormatException;
import dev.iotcop.net.proto.ssdp.UpnpDevice;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a UPnP device tells through SSDP: the SERVER header and USN of its M-SEARCH answer and, when LOCATION points at
 * the device under test itself (an address literal equal to the target's; host names are never resolved), its device
 * description with model, serial number and UDN. A LOCATION elsewhere is noted and not fetched.
 */
final class SsdpDisclosure {
  private SsdpDisclosure() {}

  static Reading read(CheckContext ctx, ServiceFact fact, DisclosureFields fields) throws InterruptedException {
    List<Disclosure> items = new ArrayList<>();
    String server = fact.attribute("ssdp.server");
    if (!server.isEmpty() && VersionText.precise(server).isPresent()) {
      // UPnP asks every device to name its OS, UPnP and product versions in SERVER
      items.add(new Disclosure(InfoKind.REQUIRED_VERSION, "SSDP SERVER header", "SERVER", server));
    }
    String usn = fact.attribute("ssdp.usn");
    if (!usn.isEmpty()) {
      items.add(new Disclosure(InfoKind.UNIQUE_ID, "SSDP USN", "USN", usn));
    }
    String location = fact.attribute("ssdp.location");
    if (location.isEmpty()) {
      return Reading.of(items, List.of(Observation.of("location", "none given")));
    }
    Optional<URI> uri = parse(location);
    if (uri.isEmpty() || !onDevice(uri.get(), fact.service().address())) {
      return Reading.of(items, List.of(Observation.of("location", location,
          "fetched", "no: it does not point at the device under test")));
    }
    URI u = uri.get();
    boolean tls = u.getScheme().equalsIgnoreCase("https");
    int port = u.getPort() > 0 ? u.getPort() : tls ? 443 : 80;
    Subject.Service web = new Subject.Service(fact.service().address(), port, Transport.TCP, tls ? "https" : "http");
    String target = (u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath())
        + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    ctx.deadline().check();
    HttpResponse response;
    try {
      response = new SocketHttpClient(new SocketHttpClient.Endpoint(web.address(), port,
          tls ? Optional.of(SocketHttpClient.tlsAcceptingAnyCertificate()) : Optional.empty(),
          ctx.deadline().cap(ctx.politeness().connectTimeout()), ctx.deadline().cap(ctx.politeness().readTimeout())),
          new GatedSocketFactory(ctx.gate(), web), new HttpResponseReader()).send(HttpRequest.get(target));
    } catch (IOException | HttpProtocolException | IllegalArgumentException e) {
      return Reading.of(items, List.of(Observation.of("location", location, "fetched", "failed: " + e.getMessage())));
    }
    HttpExchange exchange = new HttpExchange("GET", location, response.status(),
        response.headers().first("Content-Type").map(v -> Map.of("Content-Type", v)).orElse(Map.of()), "");
    if (response.status() != 200) {
      return Reading.of(items, List.of(exchange));
    }
    try {
      DeviceDescription description = DeviceDescription.parse(response.body().toByteArray());
      List<UpnpDevice> devices = new ArrayList<>();
      collect(description.root(), devices);
      for (UpnpDevice d : devices) {
        add(items, fields, "friendlyName", d.friendlyName());
        add(items, fields, "manufacturer", d.manufacturer());
        add(items, fields, "modelName", d.modelName());
        add(items, fields, "modelNumber", d.modelNumber());
        add(items, fields, "serialNumber", d.serialNumber());
        add(items, fields, "UDN", d.udn());
      }
      return Reading.of(items, List.of(exchange));
    } catch (SsdpFormatException e) {
      return Reading.of(items, List.of(exchange, Observation.of("description", "unreadable: " + e.getMessage())));
    }
  }

  private static void collect(UpnpDevice device, List<UpnpDevice> into) {
    into.add(device);
    device.embeddedDevices().forEach(d -> collect(d, into));
  }

  private static void add(List<Disclosure> items, DisclosureFields fields, String element, Optional<String> value) {
    value.filter(v -> !v.isBlank()).ifPresent(v -> fields.classify(DisclosureFields.Source.UPNP, element, v)
        .ifPresent(kind -> {
          Disclosure d = new Disclosure(kind, "UPnP " + element, element, v);
          if (!items.contains(d)) {
            items.add(d);
          }
        }));
  }

  private static Optional<URI> parse(String location) {
    try {
      URI u = new URI(location);
      String scheme = u.getScheme() == null ? "" : u.getScheme();
      return (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) && u.getHost() != null
          ? Optional.of(u) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** Whether the URI's host is an address literal of the device under test. Names are not resolved: out of scope. */
  static boolean onDevice(URI uri, String deviceAddress) {
    String host = uri.getHost();
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    try {
      return InetAddress.ofLiteral(host).equals(InetAddress.ofLiteral(deviceAddress));
    } catch (IllegalArgumentException notALiteral) {
      return false;
    }
  }
}
