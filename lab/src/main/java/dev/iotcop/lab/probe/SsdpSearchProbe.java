package dev.iotcop.lab.probe;

import java.nio.charset.StandardCharsets;

/** An SSDP M-SEARCH for {@code searchTarget}, sent unicast; any {@code HTTP/1.1 200} reply with a LOCATION counts. */
public record SsdpSearchProbe(String searchTarget) implements UdpProbe {

  public SsdpSearchProbe {
    searchTarget = searchTarget == null ? "ssdp:all" : searchTarget;
  }

  @Override
  public byte[] request() {
    return ("M-SEARCH * HTTP/1.1\r\nHOST: 239.255.255.250:1900\r\nMAN: \"ssdp:discover\"\r\nMX: 1\r\nST: "
        + searchTarget + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
  }

  @Override
  public boolean accepts(byte[] reply) {
    String text = new String(reply, StandardCharsets.ISO_8859_1);
    return text.startsWith("HTTP/1.1 200") && text.toUpperCase(java.util.Locale.ROOT).contains("\r\nLOCATION:");
  }
}
