package dev.iotcop.cli.assess;

import dev.iotcop.cli.CliContext;
import dev.iotcop.engine.check.Politeness;
import dev.iotcop.net.discovery.TcpPortScanner;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * For address ranges: finds the hosts that answer at all before assessing them, by a TCP connection to a few ports
 * devices commonly open. A refused connection also proves a host is there.
 */
final class LiveHosts {
  static final int[] PROBE_PORTS = {80, 443, 22, 23, 8080, 554, 1883, 21};

  private LiveHosts() {}

  static List<InetAddress> find(List<InetAddress> candidates, Politeness p, CliContext ctx, String input) throws Exception {
    List<InetAddress> live = new ArrayList<>();
    int timeout = (int) p.connectTimeout().toMillis();
    try (ExecutorService pool = Executors.newFixedThreadPool(Math.min(64, Math.max(1, p.discoveryConcurrency() / 8)),
        Thread.ofVirtual().factory())) {
      List<Future<Boolean>> answers = new ArrayList<>();
      for (InetAddress a : candidates) {
        answers.add(pool.submit(() -> answers(a, timeout)));
      }
      for (int i = 0; i < candidates.size(); i++) {
        if (answers.get(i).get()) {
          live.add(candidates.get(i));
        }
      }
    }
    ctx.err().println(ctx.msg("cli.assess.live-hosts", input, live.size(), candidates.size()));
    return live;
  }

  private static boolean answers(InetAddress a, int timeout) {
    for (int port : PROBE_PORTS) {
      TcpPortScanner.State s = TcpPortScanner.probe(a, port, timeout);
      if (s == TcpPortScanner.State.OPEN || s == TcpPortScanner.State.CLOSED) {
        return true;
      }
    }
    return false;
  }
}
