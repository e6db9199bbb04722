package dev.iotcop.net.proto.coap;

import java.nio.charset.StandardCharsets;

/**
 * The answer to a GET: the last message received (its code, options and type; a RESET means the endpoint refused
 * the request) and the payload, reassembled when it came in Block2 blocks.
 */
public record CoapResponse(CoapMessage last, byte[] payload, boolean complete) {
  public CoapResponse {
    payload = payload.clone();
  }

  @Override
  public byte[] payload() {
    return payload.clone();
  }

  public CoapCode code() {
    return last.code();
  }

  public String payloadText() {
    return new String(payload, StandardCharsets.UTF_8);
  }
}
