package dev.iotcop.lab.profile;

import java.util.List;
import java.util.UUID;

/**
 * miniupnpd answering SSDP M-SEARCH on {@code port} (UDP) and serving its device description on {@code httpPort}
 * (endpoint {@code NAME.http}). Port mapping requests fail: the lab host has no packet filter for it to program.
 */
public record UpnpService(
    String name, Integer port, Integer httpPort, String friendlyName, String manufacturer, String manufacturerUrl,
    String modelName, String modelNumber, String modelDescription, String modelUrl, String serialNumber, String uuid)
    implements ServiceSpec {

  public UpnpService {
    name = Names.requireServiceName(name == null ? "upnp" : name, "service");
    port = port == null ? 1900 : port;
    httpPort = httpPort == null ? 5000 : httpPort;
    friendlyName = Names.requireLine(friendlyName, "friendlyName");
    manufacturer = Names.requireLine(manufacturer, "manufacturer");
    manufacturerUrl = Names.requireLine(manufacturerUrl, "manufacturerUrl");
    modelName = Names.requireLine(modelName, "modelName");
    modelDescription = Names.requireLine(modelDescription, "modelDescription");
    modelUrl = Names.requireLine(modelUrl, "modelUrl");
    modelNumber = Names.requireLine(modelNumber, "modelNumber");
    serialNumber = Names.requireLine(serialNumber, "serialNumber");
    uuid = uuid == null ? null : UUID.fromString(uuid).toString();
  }

  @Override
  public String type() {
    return "miniupnpd";
  }

  @Override
  public List<Endpoint> endpoints() {
    return List.of(new Endpoint(name, port, Transport.UDP), new Endpoint(name + ".http", httpPort, Transport.TCP));
  }

  @Override
  public List<String> requiredPrograms() {
    return List.of("miniupnpd");
  }
}
