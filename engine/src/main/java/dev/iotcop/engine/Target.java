package dev.iotcop.engine;

import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/** What is being assessed: a device on the network, a firmware image, or a manufacturer's declarations. */
public sealed interface Target permits Target.NetworkDevice, Target.FirmwareImage, Target.DeclarationFile {

  /** What the user named, as they wrote it. */
  String label();

  /** A device reachable at {@code address}; {@code vendorUrl} is the manufacturer's site, for security.txt. */
  record NetworkDevice(String label, InetAddress address, Optional<URI> vendorUrl) implements Target {
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
