package dev.iotcop.net.proto.ssdp;

/** An SSDP message or UPnP device description that cannot be read, or exceeds the size limits. */
public final class SsdpFormatException extends Exception {
  public SsdpFormatException(String message) {
    super(message);
  }

  public SsdpFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
