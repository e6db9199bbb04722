package dev.iotcop.net.proto.tls;

import dev.iotcop.net.proto.Octets;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Reads a server's plaintext records from a stream and turns them into {@link TlsEvent}s, reassembling handshake
 * messages that span records. It never reads more than {@code maxBytes} in total.
 */
public final class TlsEventReader {
  private final InputStream in;
  private final int maxBytes;
  private int consumed;
  private int firstByte = -1;
  private final ByteArrayOutputStream handshakeBuffer = new ByteArrayOutputStream();
  private final Deque<TlsEvent> pending = new ArrayDeque<>();

  public TlsEventReader(InputStream in, int maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** Bytes read so far. */
  public int consumed() {
    return consumed;
  }

  /** The first byte the peer sent, or -1 before any; useful to tell "not TLS" apart in reports. */
  public int firstByte() {
    return firstByte;
  }

  public TlsEvent next() throws IOException, TlsProtocolException {
    while (pending.isEmpty()) {
      byte[] header = readFully(TlsRecord.HEADER_LENGTH, true);
      if (header == null) {
        if (handshakeBuffer.size() > 0) {
          throw new TlsProtocolException("connection closed inside a handshake message");
        }
        return new TlsEvent.Closed();
      }
      int type = header[0] & 0xFF;
      int version = ((header[1] & 0xFF) << 8) | (header[2] & 0xFF);
      int length = ((header[3] & 0xFF) << 8) | (header[4] & 0xFF);
      TlsRecord.checkHeader(type, version, length);
      byte[] fragment = readFully(length, false);
      if (type != TlsRecord.HANDSHAKE && handshakeBuffer.size() > 0) {
        throw new TlsProtocolException("record of type " + type + " inside a fragmented handshake message");
      }
      switch (type) {
        case TlsRecord.HANDSHAKE -> acceptHandshakeBytes(fragment);
        case TlsRecord.ALERT -> pending.add(new TlsEvent.Alert(TlsAlert.decode(fragment)));
        case TlsRecord.CHANGE_CIPHER_SPEC -> pending.add(new TlsEvent.ChangeCipherSpec());
        default -> pending.add(new TlsEvent.Protected(type));
      }
    }
    return pending.poll();
  }

  private void acceptHandshakeBytes(byte[] fragment) throws TlsProtocolException {
    if (fragment.length == 0) {
      throw new TlsProtocolException("empty handshake record");
    }
    handshakeBuffer.writeBytes(fragment);
    byte[] buffered = handshakeBuffer.toByteArray();
    int pos = 0;
    while (buffered.length - pos >= 4) {
      int bodyLength = ((buffered[pos + 1] & 0xFF) << 16) | ((buffered[pos + 2] & 0xFF) << 8) | (buffered[pos + 3] & 0xFF);
      if (bodyLength > TlsHandshake.MAX_BODY) {
        throw new TlsProtocolException("handshake message of " + bodyLength + " bytes exceeds " + TlsHandshake.MAX_BODY);
      }
      if (buffered.length - pos - 4 < bodyLength) {
        break;
      }
      pending.add(new TlsEvent.Handshake(
          new TlsHandshake(buffered[pos] & 0xFF, Octets.of(buffered, pos + 4, bodyLength))));
      pos += 4 + bodyLength;
    }
    handshakeBuffer.reset();
    handshakeBuffer.writeBytes(Arrays.copyOfRange(buffered, pos, buffered.length));
  }

  /** Reads exactly n bytes; returns null on a clean end of stream before the first byte when allowed. */
  private byte[] readFully(int n, boolean eofAllowedAtStart) throws IOException, TlsProtocolException {
    if (consumed + n > maxBytes) {
      throw new TlsProtocolException("server sent more than " + maxBytes + " bytes");
    }
    byte[] buf = new byte[n];
    int off = 0;
    while (off < n) {
      int r = in.read(buf, off, n - off);
      if (r < 0) {
        if (off == 0 && eofAllowedAtStart) {
          return null;
        }
        throw new TlsProtocolException("connection closed in the middle of a record", new EOFException());
      }
      if (firstByte < 0 && r > 0) {
        firstByte = buf[0] & 0xFF;
      }
      off += r;
      consumed += r;
    }
    return buf;
  }
}
