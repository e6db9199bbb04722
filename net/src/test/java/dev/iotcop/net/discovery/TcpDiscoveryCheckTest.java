package dev.iotcop.net.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iotcop.engine.Target;
import dev.iotcop.engine.Transport;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.engine.check.CheckResult;
import dev.iotcop.engine.check.FactExchange;
import dev.iotcop.engine.check.Politeness;
import dev.iotcop.engine.check.TestContexts;
import dev.iotcop.engine.fact.Fact;
import dev.iotcop.engine.fact.Facts;
import dev.iotcop.engine.fact.OpenPort;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class TcpDiscoveryCheckTest {
  @Test
  void eachOpenPortIsSharedAsSoonAsFoundAndReturnedAtTheEnd() throws Exception {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    try (ServerSocket a = new ServerSocket(0, 50, loopback); ServerSocket b = new ServerSocket(0, 50, loopback)) {
      int closed;
      try (ServerSocket gone = new ServerSocket(0, 1, loopback)) {
        closed = gone.getLocalPort();
      }
      Target.NetworkDevice target = new Target.NetworkDevice("loopback", loopback, Optional.empty(),
          a.getLocalPort() + "," + b.getLocalPort() + "," + closed, "");
      List<Fact> shared = new CopyOnWriteArrayList<>();
      CheckContext standalone = TestContexts.context(target, Facts.empty(), Politeness.standard());
      CheckContext ctx = new CheckContext(target, Facts.empty(), standalone.politeness(), standalone.deadline(), standalone.gate(),
          standalone.logins(), standalone.progress(), standalone.clock(), new FactExchange() {
            @Override
            public void share(List<? extends Fact> facts) {
              shared.addAll(facts);
            }

            @Override
            public Facts inFull(java.util.function.Predicate<Facts> decided) {
              return Facts.empty();
            }
          });
      CheckResult r = new TcpDiscoveryCheck().run(ctx, target.subject());
      List<OpenPort> expected = List.of(new OpenPort(target.addressText(), a.getLocalPort(), Transport.TCP),
          new OpenPort(target.addressText(), b.getLocalPort(), Transport.TCP));
      assertThat(shared).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(r.facts()).containsExactlyInAnyOrderElementsOf(expected);
    }
  }
}
