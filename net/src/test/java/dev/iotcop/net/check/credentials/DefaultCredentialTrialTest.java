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
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class DefaultCredentialTrialTest {
  private static ServiceFact service(int port, String protocol) {
    return new ServiceFact(new Subject.Service(((dev.iotcop.engine.Target.NetworkDevice) LoopbackChecks.TARGET).addressText(), port, Transport.TCP, protocol), false, "", "", "",
        Map.of());
  }

  private static DefaultCredential pair(String user, String password, int rank) {
    return new DefaultCredential("telnet", "", Optional.empty(), user, password, rank, List.of("test"));
  }

  /** Runs the trial on telnet, with {@code soFar} the services known after the control and {@code all} the complete set. */
  private static List<String> guessesOnTelnet(List<ServiceFact> soFar, List<ServiceFact> all) throws Exception {
    List<String> events = new CopyOnWriteArrayList<>();
    ServiceFact telnet = soFar.getFirst();
    // When the login starts only its own service is known; services that share its accounts may be found later.
    CheckContext started = LoopbackChecks.context(Politeness.standard(), telnet);
    CheckContext ctx = new CheckContext(started.target(), started.facts(), started.politeness(), started.deadline(), started.gate(),
        started.logins(), started.progress(), started.clock(), new FactExchange() {
          @Override
          public void share(List<? extends Fact> facts) {}

          @Override
          public Facts inFull(Predicate<Facts> decided) {
            Facts known = Facts.of(soFar);
            if (decided.test(known)) {
              events.add("facts so far");
              return known;
            }
            events.add("facts in full");
            return Facts.of(all);
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
    assertThat(LoopbackChecks.only(r).outcome()).isEqualTo(Outcome.PASS);
    assertThat(events.getFirst()).as("the control comes first").startsWith("attempt iotcop-");
    return events.subList(1, events.size());
  }

  @Test
  void theFailedLoginShareWaitsForEveryLoginServiceWhenThoseKnownCouldStillLowerIt() throws Exception {
    ServiceFact telnet = service(23, "telnet");
    List<String> after = guessesOnTelnet(List.of(telnet), List.of(telnet, service(22, "ssh"), service(21, "ftp")));
    assertThat(after).as("a third of the 3 failures per account: one guess each")
        .containsExactly("facts in full", "attempt root", "attempt admin");
  }

  @Test
  void theFailedLoginShareNeedsNoMoreServicesOnceAtItsFloor() throws Exception {
    ServiceFact telnet = service(23, "telnet");
    List<ServiceFact> two = List.of(telnet, service(22, "ssh"));
    List<String> after = guessesOnTelnet(two, List.of(telnet, service(22, "ssh"), service(21, "ftp")));
    assertThat(after).as("with two services the share is already 1").containsExactly("facts so far", "attempt root", "attempt admin");
  }
}
