package dev.iotcop.lab.probe;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A one-shot ("legacy unicast") mDNS query sent from an ephemeral port, which responders answer by unicast. A reply
 * counts when it is a response with our id and at least one answer record.
 */
public record MdnsQueryProbe(String name, int recordType) implements UdpProbe {
  public static final int PTR = 12;
  public static final int A = 1;
  private static final int ID = 0x4c61;

  public MdnsQueryProbe {
    if (name == null || !name.matches("[A-Za-z0-9_.-]+") || name.contains("..")) {
      throw new IllegalArgumentException("mDNS name '" + name + "' is not a plain DNS name");
    }
  }

  /** The DNS-SD enumeration of every service type a responder publishes. */
  public static MdnsQueryProbe serviceTypes() {
    return new MdnsQueryProbe("_services._dns-sd._udp.local", PTR);
  }

  @Override
  public byte[] request() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) (ID >> 8), (byte) ID, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0});
    for (String label : name.split("\\.")) {
      byte[] bytes = label.getBytes(StandardCharsets.US_ASCII);
      out.write(bytes.length);
      out.writeBytes(bytes);
    }
    out.write(0);
    out.writeBytes(new byte[] {0, (byte) recordType, 0, 1});
    return out.toByteArray();
  }

  @Override
  public boolean accepts(byte[] reply) {
    if (reply.length < 12) {
      return false;
    }
    int id = ((reply[0] & 0xff) << 8) | (reply[1] & 0xff);
    boolean response = (reply[2] & 0x80) != 0;
    int answers = ((reply[6] & 0xff) << 8) | (reply[7] & 0xff);
    return id == ID && response && answers > 0;
  }
}
