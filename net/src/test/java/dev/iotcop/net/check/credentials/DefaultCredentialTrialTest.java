package dev.iotcop.net.check.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iotcop.engine.Outcome;
import dev.iotcop.engine.Subject;
import dev.iotcop.engine.Transport;
import dev.iotcop.engine.check.CheckContext;
import dev.iotcop.engine.check.CheckResult;
import dev.iotcop.engine.check.FactExchange;
import dev.iotcop.engine.check.Politeness;
import dev.iotcop.engine.fact.Fact;
import dev.iotcop.engine.fact.Facts;
import dev.iotcop.engine.fact.ServiceFact;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class DefaultCredentialTrialTest {
  private static ServiceFact service(int port, String protocol) {
    return new ServiceFact(new Subject.Service(((dev.iotcop.engine.Target.NetworkDevice) LoopbackChecks.TARGET).addressText(), port, Transport.TCP, protocol), false, "", "", "",
        Map.of());
  }

  private static DefaultCredential pair(String user, String password, int rank) {
    return new DefaultCredential("telnet", "", Optional.empty(), user, password, rank, List.of("test"));
  }

  @Test
  void theFailedLoginShareIsTakenFromEveryLoginServiceKnownOnceTheControlIsDone() throws Exception {
    ServiceFact telnet = service(23, "telnet");
    ServiceFact ssh = service(22, "ssh");
    ServiceFact ftp = service(21, "ftp");
    List<String> events = new CopyOnWriteArrayList<>();
    // When the login starts only its own service is known; SSH and FTP, which share its accounts, are found later.
    CheckContext started = LoopbackChecks.context(Politeness.standard(), telnet);
    CheckContext ctx = new CheckContext(started.target(), started.facts(), started.politeness(), started.deadline(), started.gate(),
        started.logins(), started.progress(), started.clock(), new FactExchange() {
          @Override
          public void share(List<? extends Fact> facts) {}

          @Override
          public Facts inFull() {
            events.add("facts in full");
            return Facts.of(List.of(telnet, ssh, ftp));
          }
        });
    LoginMechanism refusing = new LoginMechanism() {
      @Override
      public String name() {
        return "test";
      }

      @Override
      public LoginTrial attempt(CheckContext c, Credential credential) {
        events.add("attempt " + credential.username());
        return new LoginTrial(LoginTrial.Result.REJECTED, "refused", List.of(), Duration.ofMillis(5), true);
      }
    };
    CheckResult r = new DefaultCredentialTrial(TelnetDefaultCredentialsCheck.DESCRIPTOR, RandomCredentials.secure()).run(ctx,
        telnet.service(), refusing, List.of(), List.of(pair("root", "a", 1), pair("root", "b", 2), pair("admin", "c", 3)));

    assertThat(events.getFirst()).as("the control comes first").startsWith("attempt iotcop-");
    assertThat(events.get(1)).isEqualTo("facts in full");
    assertThat(events.subList(2, events.size())).as("a third of the 3 failures per account: one guess each")
        .containsExactly("attempt root", "attempt admin");
    assertThat(LoopbackChecks.only(r).outcome()).isEqualTo(Outcome.PASS);
  }
}
