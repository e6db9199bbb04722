package dev.iotcop.net.proto.mdns;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A domain name as its labels. DNS-SD instance names may contain dots inside one label, so the label list, not the
 * dotted text, is the name. Labels are UTF-8 on the wire: 1 to 63 bytes each, 255 bytes for the whole name.
 */
public record DnsName(List<String> labels) {
  public static final int MAX_LABEL_BYTES = 63;
  public static final int MAX_NAME_BYTES = 255;

  public DnsName {
    labels = List.copyOf(labels);
    int wireLength = 1;
    for (String label : labels) {
      int bytes = label.getBytes(StandardCharsets.UTF_8).length;
      if (bytes < 1 || bytes > MAX_LABEL_BYTES) {
        throw new IllegalArgumentException("a label has 1 to 63 bytes: '" + label + "'");
      }
      wireLength += bytes + 1;
    }
    if (wireLength > MAX_NAME_BYTES) {
      throw new IllegalArgumentException("name longer than 255 bytes");
    }
  }

  /** Splits on dots; a trailing dot is ignored. Not for instance names that contain dots (use the constructor). */
  public static DnsName parse(String dotted) {
    String text = dotted.endsWith(".") ? dotted.substring(0, dotted.length() - 1) : dotted;
    return new DnsName(text.isEmpty() ? List.of() : List.of(text.split("\\.", -1)));
  }

  /** Compares as DNS does: ASCII letters without regard to case. */
  public boolean sameAs(DnsName other) {
    if (labels.size() != other.labels.size()) {
      return false;
    }
    for (int i = 0; i < labels.size(); i++) {
      if (!labels.get(i).toLowerCase(Locale.ROOT).equals(other.labels.get(i).toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return labels.isEmpty() ? "." : String.join(".", labels.stream().map(l -> l.replace(".", "\\.")).toList());
  }
}
