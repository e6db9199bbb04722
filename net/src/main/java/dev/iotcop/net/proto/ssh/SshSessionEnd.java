package dev.iotcop.net.proto.ssh;

import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import org.apache.sshd.client.session.ClientSession;

/**
 * Ends an Apache MINA SSHD client session the considerate way: closes our sending side and waits briefly for the
 * server to close the connection in turn, which it does once the process serving the session has ended (sshd's
 * listener counts unauthenticated sessions until then).
 */
public final class SshSessionEnd {
  private SshSessionEnd() {}

  /** True when the server closed the connection within {@code bound} after our half-close. */
  public static boolean halfCloseAndAwait(ClientSession session, Duration bound) {
    if (bound.isZero() || bound.isNegative() || !session.isOpen()) {
      return false;
    }
    try {
      session.getIoSession().shutdownOutputStream();
    } catch (IOException | RuntimeException e) {
      return false;
    }
    return session.waitFor(EnumSet.of(ClientSession.ClientSessionEvent.CLOSED), bound)
        .contains(ClientSession.ClientSessionEvent.CLOSED);
  }
}
