package dev.iotcop.net.check;

import dev.iotcop.engine.Subject;
import dev.iotcop.engine.Target;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.engine.check.ConnectionGate;
import dev.iotcop.engine.check.DeadlineExceededException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;

/** What network checks share: reaching the target's device, opening sockets within the context's limits. */
public final class NetworkChecks {
  private NetworkChecks() {}

  /** The device subject of a network target, or nothing for other kinds of target. */
  public static List<Subject.Device> device(Target target) {
    return target instanceof Target.NetworkDevice d ? List.of(d.subject()) : List.of();
  }

  public static Target.NetworkDevice networkTarget(CheckContext ctx) {
    if (ctx.target() instanceof Target.NetworkDevice d) {
      return d;
    }
    throw new IllegalStateException("network check run on a " + ctx.target().getClass().getSimpleName());
  }

  /**
   * Connects to a TCP service with the context's connect timeout (capped by the deadline) and read timeout. The caller
   * holds a gate permit for as long as the socket is open.
   */
  public static Socket connect(CheckContext ctx, Subject.Service service) throws IOException {
    Duration connect = ctx.deadline().cap(ctx.politeness().connectTimeout());
    if (connect.isZero()) {
      throw new DeadlineExceededException(ctx.deadline().at());
    }
    Socket s = new Socket();
    try {
      s.connect(new InetSocketAddress(service.address(), service.port()), (int) Math.max(1, connect.toMillis()));
      s.setSoTimeout(readTimeoutMillis(ctx));
      return s;
    } catch (IOException | RuntimeException e) {
      s.close();
      throw e;
    }
  }

  /** The read timeout, capped by the time left before the deadline, at least one millisecond. */
  public static int readTimeoutMillis(CheckContext ctx) {
    return (int) Math.max(1, ctx.deadline().cap(ctx.politeness().readTimeout()).toMillis());
  }

  /** A session on a service: the gate permit and the socket, released together. */
  public record Session(ConnectionGate.Permit permit, Socket socket) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      try {
        socket.close();
      } finally {
        permit.close();
      }
    }
  }

  /** Opens a session: waits for a gate permit, then connects; the permit is released if the connection fails. */
  public static Session open(CheckContext ctx, Subject.Service service) throws IOException, InterruptedException {
    ConnectionGate.Permit permit = ctx.gate().open(service);
    try {
      return new Session(permit, connect(ctx, service));
    } catch (IOException | RuntimeException e) {
      permit.close();
      throw e;
    }
  }
}
