package dev.iotcop.net.proto.ssdp;

import java.util.List;
import java.util.Optional;

/** A device element of a UPnP description, with its services and embedded devices. */
public record UpnpDevice(
    Optional<String> deviceType,
    Optional<String> friendlyName,
    Optional<String> manufacturer,
    Optional<String> modelName,
    Optional<String> modelNumber,
    Optional<String> serialNumber,
    Optional<String> udn,
    Optional<String> presentationUrl,
    List<UpnpService> services,
    List<UpnpDevice> embeddedDevices) {

  public UpnpDevice {
    services = List.copyOf(services);
    embeddedDevices = List.copyOf(embeddedDevices);
  }
}
