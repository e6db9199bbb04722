package dev.iotcop.net.proto.ssh;

import dev.iotcop.net.proto.Octets;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;

/**
 * One unencrypted binary packet (RFC 4253 section 6) before keys are exchanged: no MAC, payload uncompressed. Packets
 * longer than {@link #MAX_PACKET_LENGTH} are refused, the size every implementation must accept.
 */
public record SshPacket(Octets payload, Octets padding) {
  public static final int MAX_PACKET_LENGTH = 35000;
  public static final int MIN_PADDING = 4;
  public static final int MSG_DISCONNECT = 1;
  public static final int MSG_IGNORE = 2;
  public static final int MSG_DEBUG = 4;
  public static final int MSG_KEXINIT = 20;

  public SshPacket {
    if (padding.length() < MIN_PADDING || padding.length() > 255
        || 1 + payload.length() + padding.length() > MAX_PACKET_LENGTH) {
      throw new IllegalArgumentException("padding must be 4..255 bytes and the packet within the size limit");
    }
  }

  /** The message number, or -1 for an empty payload. */
  public int messageType() {
    return payload.isEmpty() ? -1 : payload.get(0);
  }

  /** Wraps a payload with random padding so the whole packet is a multiple of 8 bytes. */
  public static SshPacket of(byte[] payload, SecureRandom random) {
    int unpadded = 4 + 1 + payload.length;
    int pad = 8 - (unpadded % 8);
    if (pad < MIN_PADDING) {
      pad += 8;
    }
    byte[] padding = new byte[pad];
    random.nextBytes(padding);
    return new SshPacket(Octets.of(payload), Octets.of(padding));
  }

  public byte[] encode() {
    int packetLength = 1 + payload.length() + padding.length();
    ByteArrayOutputStream out = new ByteArrayOutputStream(4 + packetLength);
    out.write(packetLength >>> 24);
    out.write(packetLength >>> 16);
    out.write(packetLength >>> 8);
    out.write(packetLength);
    out.write(padding.length());
    out.writeBytes(payload.toByteArray());
    out.writeBytes(padding.toByteArray());
    return out.toByteArray();
  }

  public static SshPacket decode(byte[] data) throws SshProtocolException {
    SshInput in = new SshInput(data);
    long packetLength = in.u32("packet length");
    checkLength(packetLength);
    SshPacket p = body(in.bytes((int) packetLength, "packet"));
    if (in.hasRemaining()) {
      throw new SshProtocolException(in.remaining() + " bytes after the packet");
    }
    return p;
  }

  /** Reads exactly one packet from a stream. */
  public static SshPacket read(InputStream in) throws IOException, SshProtocolException {
    byte[] header = readFully(in, 4);
    long packetLength = ((long) (header[0] & 0xFF) << 24) | ((header[1] & 0xFF) << 16) | ((header[2] & 0xFF) << 8)
        | (header[3] & 0xFF);
    checkLength(packetLength);
    return body(readFully(in, (int) packetLength));
  }

  private static void checkLength(long packetLength) throws SshProtocolException {
    if (packetLength < 1 + MIN_PADDING || packetLength > MAX_PACKET_LENGTH) {
      throw new SshProtocolException("packet length " + packetLength + " outside 5.." + MAX_PACKET_LENGTH);
    }
  }

  private static SshPacket body(byte[] body) throws SshProtocolException {
    int paddingLength = body[0] & 0xFF;
    if (paddingLength < MIN_PADDING || paddingLength > body.length - 1) {
      throw new SshProtocolException("padding length " + paddingLength + " invalid for a packet of " + body.length);
    }
    int payloadLength = body.length - 1 - paddingLength;
    return new SshPacket(Octets.of(body, 1, payloadLength), Octets.of(body, 1 + payloadLength, paddingLength));
  }

  private static byte[] readFully(InputStream in, int n) throws IOException, SshProtocolException {
    byte[] buf = new byte[n];
    int off = 0;
    while (off < n) {
      int r = in.read(buf, off, n - off);
      if (r < 0) {
        throw new SshProtocolException("connection closed inside a packet", new EOFException());
      }
      off += r;
    }
    return buf;
  }
}
