package dev.iotcop.net.proto.mdns;

/** Bytes that are not a well-formed DNS message (bad lengths, compression loops, overlong names). */
public final class DnsFormatException extends Exception {
  public DnsFormatException(String message) {
    super(message);
  }
}
