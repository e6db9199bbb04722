package dev.iotcop.net.proto.coap;

/** The four message types, by their two-bit wire value. */
public enum CoapType {
  CONFIRMABLE,
  NON_CONFIRMABLE,
  ACKNOWLEDGEMENT,
  RESET
}
