package dev.iotcop.net.proto.coap;

/** Bytes that are not a well-formed CoAP message, or text that is not CoRE Link Format. */
public final class CoapFormatException extends Exception {
  public CoapFormatException(String message) {
    super(message);
  }
}
