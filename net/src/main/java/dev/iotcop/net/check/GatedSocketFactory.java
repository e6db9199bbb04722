package dev.iotcop.net.check;

import dev.iotcop.engine.Subject;
import dev.iotcop.engine.check.ConnectionGate;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import javax.net.SocketFactory;

/**
 * Hands protocol probes sockets that take a gate permit when they connect and give it back when they close, so probes
 * written against a plain {@link SocketFactory} stay within the politeness caps without knowing about them.
 */
public final class GatedSocketFactory extends SocketFactory {
  private final ConnectionGate gate;
  private final Subject.Service service;

  public GatedSocketFactory(ConnectionGate gate, Subject.Service service) {
    this.gate = gate;
    this.service = service;
  }

  @Override
  public Socket createSocket() {
    return new GatedSocket();
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    Socket s = createSocket();
    s.connect(new java.net.InetSocketAddress(host, port));
    return s;
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
    return createSocket(host, port);
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    Socket s = createSocket();
    s.connect(new java.net.InetSocketAddress(host, port));
    return s;
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
    return createSocket(address, port);
  }

  private final class GatedSocket extends Socket {
    private ConnectionGate.Permit permit;

    @Override
    public void connect(SocketAddress endpoint, int timeout) throws IOException {
      synchronized (this) {
        if (permit == null) {
          try {
            permit = gate.open(service);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for a connection slot");
          }
        }
      }
      try {
        super.connect(endpoint, timeout);
      } catch (IOException | RuntimeException e) {
        release();
        throw e;
      }
    }

    @Override
    public synchronized void close() throws IOException {
      try {
        super.close();
      } finally {
        release();
      }
    }

    private synchronized void release() {
      if (permit != null) {
        permit.close();
        permit = null;
      }
    }
  }
}
