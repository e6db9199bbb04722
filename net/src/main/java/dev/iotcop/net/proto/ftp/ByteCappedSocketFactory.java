package dev.iotcop.net.proto.ftp;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/** Makes sockets whose input ends in an error after a fixed number of bytes, so a server cannot flood the reader. */
final class ByteCappedSocketFactory extends SocketFactory {
  private final long maxBytes;
  private Socket last;

  ByteCappedSocketFactory(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public synchronized Socket createSocket() {
    last = new CappedSocket(maxBytes);
    return last;
  }

  /** The socket made last, or null before the first. */
  synchronized Socket last() {
    return last;
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    Socket socket = createSocket();
    socket.connect(new java.net.InetSocketAddress(host, port));
    return socket;
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localAddress, int localPort) throws IOException {
    Socket socket = createSocket();
    socket.bind(new java.net.InetSocketAddress(localAddress, localPort));
    socket.connect(new java.net.InetSocketAddress(host, port));
    return socket;
  }

  @Override
  public Socket createSocket(InetAddress address, int port) throws IOException {
    Socket socket = createSocket();
    socket.connect(new java.net.InetSocketAddress(address, port));
    return socket;
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
      throws IOException {
    Socket socket = createSocket();
    socket.bind(new java.net.InetSocketAddress(localAddress, localPort));
    socket.connect(new java.net.InetSocketAddress(address, port));
    return socket;
  }

  /** Thrown (as an IOException) when the cap is reached. */
  static final class CapExceededException extends IOException {
    CapExceededException(long maxBytes) {
      super("the server sent more than " + maxBytes + " bytes");
    }
  }

  private static final class CappedSocket extends Socket {
    private final long maxBytes;
    private InputStream capped;

    CappedSocket(long maxBytes) {
      this.maxBytes = maxBytes;
    }

    @Override
    public synchronized InputStream getInputStream() throws IOException {
      if (capped == null) {
        capped = new CappedInputStream(super.getInputStream(), maxBytes);
      }
      return capped;
    }
  }

  private static final class CappedInputStream extends FilterInputStream {
    private final long maxBytes;
    private long read;

    CappedInputStream(InputStream in, long maxBytes) {
      super(in);
      this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
      if (read >= maxBytes) {
        throw new CapExceededException(maxBytes);
      }
      int b = super.read();
      if (b >= 0) {
        read++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (read >= maxBytes) {
        throw new CapExceededException(maxBytes);
      }
      int count = super.read(buffer, offset, (int) Math.min(length, maxBytes - read));
      if (count > 0) {
        read += count;
      }
      return count;
    }
  }
}
