package dev.iotcop.net.check.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iotcop.engine.Subject;
import dev.iotcop.engine.Transport;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.engine.check.Politeness;
import dev.iotcop.engine.fact.Facts;
import dev.iotcop.engine.fact.ServiceFact;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountBudgetTest {
  private static ServiceFact service(String address, int port, String protocol) {
    return new ServiceFact(new Subject.Service(address, port, Transport.TCP, protocol), false, "", "", "", Map.of());
  }

  @Test
  void theCapIsSharedWithinAGroupOfOneDeviceOnly() {
    ServiceFact telnet = service("192.0.2.1", 23, "telnet");
    ServiceFact ssh = service("192.0.2.1", 22, "ssh");
    ServiceFact dropbear = service("192.0.2.1", 2222, "ssh");
    ServiceFact ftp = service("192.0.2.1", 21, "ftp");
    ServiceFact web = service("192.0.2.1", 80, "http");
    ServiceFact otherDevice = service("192.0.2.2", 22, "ssh");
    CheckContext ctx = LoopbackChecks.context(Politeness.standard(), telnet, ssh, dropbear, ftp, web, otherDevice);
    assertThat(AccountBudget.share(ctx, telnet.service())).isEqualTo(1);
    assertThat(AccountBudget.share(ctx, web.service())).isEqualTo(3);
    assertThat(AccountBudget.share(ctx, otherDevice.service())).isEqualTo(3);
    CheckContext two = LoopbackChecks.context(Politeness.standard().withLoginBudget(16, 4), telnet, ssh, web);
    assertThat(AccountBudget.share(two, ssh.service())).isEqualTo(2);
  }

  @Test
  void theShareIsSettledOnceNoServiceFoundLaterCouldLowerIt() {
    ServiceFact telnet = service("192.0.2.1", 23, "telnet");
    ServiceFact ssh = service("192.0.2.1", 22, "ssh");
    ServiceFact snmpLike = service("192.0.2.1", 5000, "unknown");
    assertThat(AccountBudget.settled(Facts.of(List.of(telnet)), 3, telnet.service())).as("share 3 could still drop").isFalse();
    assertThat(AccountBudget.settled(Facts.of(List.of(telnet, ssh)), 3, telnet.service())).as("share 1 is the floor").isTrue();
    assertThat(AccountBudget.settled(Facts.of(List.of(telnet, ssh)), 4, telnet.service())).as("4 / 2 = 2 could still drop").isFalse();
    assertThat(AccountBudget.settled(Facts.empty(), 3, snmpLike.service())).as("a service of no group shares nothing").isTrue();
  }

  @Test
  void aServiceUsesNoMoreThanItsShareAndTheEngineCap() {
    ServiceFact telnet = service("192.0.2.1", 23, "telnet");
    ServiceFact ftp = service("192.0.2.1", 21, "ftp");
    CheckContext ctx = LoopbackChecks.context(Politeness.standard(), telnet, ftp);
    assertThat(AccountBudget.allows(ctx, telnet.service(), "root")).isTrue();
    assertThat(ctx.logins().reserve(telnet.service(), "root")).isEmpty();
    assertThat(AccountBudget.allows(ctx, telnet.service(), "root")).as("a pending attempt counts").isFalse();
    ctx.logins().record(telnet.service(), "root", false);
    assertThat(AccountBudget.allows(ctx, telnet.service(), "root")).isFalse();
    assertThat(AccountBudget.allows(ctx, ftp.service(), "root")).as("the other service keeps its share").isTrue();
    assertThat(AccountBudget.allows(ctx, telnet.service(), "admin")).isTrue();
    for (String s : List.of("a", "b", "c")) {
      assertThat(ctx.logins().reserve(ftp.service(), s)).isEmpty();
      ctx.logins().record(ftp.service(), s, true);
    }
    assertThat(AccountBudget.allows(ctx, ftp.service(), "root")).as("successes use no failure budget").isTrue();
  }
}
