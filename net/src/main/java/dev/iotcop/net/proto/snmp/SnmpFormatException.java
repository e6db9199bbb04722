package dev.iotcop.net.proto.snmp;

/** Bytes that are not a well-formed SNMP message, or values an SNMP message cannot carry. */
public final class SnmpFormatException extends Exception {
  public SnmpFormatException(String message) {
    super(message);
  }
}
