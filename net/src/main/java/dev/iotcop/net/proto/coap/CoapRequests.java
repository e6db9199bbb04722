package dev.iotcop.net.proto.coap;

import java.util.ArrayList;
import java.util.List;

/** Request builders. */
public final class CoapRequests {
  public static final List<String> WELL_KNOWN_CORE = List.of(".well-known", "core");

  private CoapRequests() {}

  /** A confirmable GET for the path segments, optionally asking for a given Block2 block. */
  public static CoapMessage get(int messageId, byte[] token, List<String> path, Block block2) {
    List<CoapOption> options = new ArrayList<>();
    path.forEach(segment -> options.add(CoapOption.text(CoapOption.URI_PATH, segment)));
    if (block2 != null) {
      options.add(block2.toOption(CoapOption.BLOCK2));
    }
    return new CoapMessage(CoapType.CONFIRMABLE, CoapCode.GET, messageId, token, options, new byte[0]);
  }

  public static CoapMessage wellKnownCore(int messageId, byte[] token) {
    return get(messageId, token, WELL_KNOWN_CORE, null);
  }
}
