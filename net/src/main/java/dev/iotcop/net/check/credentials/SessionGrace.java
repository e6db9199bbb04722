package dev.iotcop.net.check.credentials;

import dev.iotcop.engine.check.CheckContext;
import java.time.Duration;

/**
 * A device counts a session until the process serving it has ended, a moment after the client hung up; vsftpd's
 * max_clients, sshd's MaxStartups and xinetd's instance limits all see it that way. Holding the connection slot for
 * this grace after closing keeps back-to-back attempts within such caps instead of racing them.
 */
final class SessionGrace {
  static final Duration AFTER_CLOSE = Duration.ofMillis(300);

  private SessionGrace() {}

  static void await(CheckContext ctx) throws InterruptedException {
    Duration d = ctx.deadline().cap(AFTER_CLOSE);
    if (!d.isZero()) {
      Thread.sleep(d);
    }
  }
}
