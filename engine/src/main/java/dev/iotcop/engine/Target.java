package dev.iotcop.engine;

import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/** What is being assessed: a device on the network, a firmware image, or a manufacturer's declarations. */
public sealed interface Target permits Target.NetworkDevice, Target.FirmwareImage, Target.DeclarationFile {

  /** What the user named, as they wrote it. */
  String label();

  /**
   * A device reachable at {@code address}; {@code vendorUrl} is the manufacturer's site, for security.txt; {@code ports}
   * limits TCP discovery to the ports the user named ({@code 1-65535} by default, syntax {@code 1-1024,8080});
   * {@code udpPorts} are the UDP ports probed for known services (TFTP, SNMP, SSDP, mDNS, CoAP by default).
   */
  record NetworkDevice(String label, InetAddress address, Optional<URI> vendorUrl, String ports, String udpPorts) implements Target {
    public static final String ALL_PORTS = "1-65535";
    public static final String DEFAULT_UDP_PORTS = "69,161,1900,5353,5683";

    public NetworkDevice(String label, InetAddress address, Optional<URI> vendorUrl) {
      this(label, address, vendorUrl, ALL_PORTS, DEFAULT_UDP_PORTS);
    }

    public String addressText() {
      return address.getHostAddress();
    }

    public Subject.Device subject() {
      return new Subject.Device(addressText());
    }
  }

  record FirmwareImage(String label, Path path) implements Target {}

  record DeclarationFile(String label, Path path) implements Target {}
}
