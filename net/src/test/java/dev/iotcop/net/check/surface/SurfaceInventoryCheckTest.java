package dev.iotcop.net.check.surface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iotcop.engine.Confidence;
import dev.iotcop.engine.Finding;
import dev.iotcop.engine.Outcome;
import dev.iotcop.engine.Subject;
import dev.iotcop.engine.Target;
import dev.iotcop.engine.Transport;
import dev.iotcop.engine.check.CheckResult;
import dev.iotcop.engine.check.Politeness;
import dev.iotcop.engine.check.TestContexts;
import dev.iotcop.engine.fact.Facts;
import dev.iotcop.engine.fact.ServiceFact;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SurfaceInventoryCheckTest {
  private static final Target.NetworkDevice DEVICE =
      new Target.NetworkDevice("d", InetAddress.getLoopbackAddress(), Optional.empty());

  private static ServiceFact service(int port, Transport transport, String protocol, String product, String banner) {
    return new ServiceFact(new Subject.Service("127.0.0.1", port, transport, protocol), protocol.endsWith("s"), product, "",
        banner, Map.of());
  }

  private static List<Finding> run(Facts facts) throws InterruptedException {
    SurfaceInventoryCheck check = new SurfaceInventoryCheck();
    List<Finding> findings = new ArrayList<>();
    for (Subject s : check.subjects(DEVICE, facts)) {
      CheckResult r = check.run(TestContexts.context(DEVICE, facts, Politeness.standard()), s);
      findings.addAll(r.findings());
    }
    return findings;
  }

  @Test
  void listsEveryServiceAndFailsOnlyTheDangerousOnes() throws Exception {
    Facts facts = Facts.of(List.of(
        service(23, Transport.TCP, "telnet", "", "HC2040 IP Camera login:"),
        service(80, Transport.TCP, "http", "lighttpd", "HTTP/1.1 200"),
        service(513, Transport.TCP, "unknown", "", ""),
        service(5555, Transport.TCP, "http", "", "HTTP/1.1 404"),
        service(4444, Transport.TCP, "unknown", "", "root@cam:~# "),
        service(69, Transport.UDP, "tftp", "", "TFTP error 1: File not found"),
        service(161, Transport.UDP, "snmp", "", "SNMPv3 engine 80001f88")));
    List<Finding> findings = run(facts);
    Finding inventory = findings.stream().filter(f -> f.outcome() == Outcome.INFO).findFirst().orElseThrow();
    assertThat(inventory.messageArgs().getFirst()).isEqualTo("7");
    assertThat(inventory.messageArgs().get(1)).contains("23/tcp telnet", "80/tcp http lighttpd", "161/udp snmp", "69/udp tftp");
    assertThat(findings).filteredOn(f -> f.outcome() == Outcome.FAIL)
        .extracting(f -> f.messageKey().substring(f.messageKey().lastIndexOf('.') + 1), Finding::confidence)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("telnet", Confidence.HIGH),
            org.assertj.core.groups.Tuple.tuple("rlogin", Confidence.MEDIUM),
            org.assertj.core.groups.Tuple.tuple("root-shell", Confidence.HIGH),
            org.assertj.core.groups.Tuple.tuple("tftp", Confidence.HIGH));
    assertThat(findings).filteredOn(f -> f.outcome() == Outcome.PASS).isEmpty();
  }

  @Test
  void aDeviceWithNothingOpenIsSaidSoAndNeverPasses() throws Exception {
    List<Finding> findings = run(Facts.empty());
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.outcome()).isEqualTo(Outcome.INFO);
      assertThat(f.messageKey()).isEqualTo(SurfaceInventoryCheck.key("none"));
    });
  }

  @Test
  void everyRuleHasItsMessageKeyAndAReason() {
    assertThat(SurfaceInventoryCheck.RULES.rules()).isNotEmpty().allSatisfy(r -> {
      assertThat(SurfaceInventoryCheck.DESCRIPTOR.messageKeys()).contains(SurfaceInventoryCheck.key("dangerous." + r.id()));
      assertThat(r.reason()).isNotBlank();
    });
  }

  @Test
  void malformedRuleFilesAreRefused() {
    String header = "id,transport,port,protocol,banner,confidence,reason";
    assertThatThrownBy(() -> DangerousServices.parse(List.of("id,port"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DangerousServices.parse(List.of(header, "Bad Id,tcp,,,,HIGH,x")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DangerousServices.parse(List.of(header, "a,tcp,,,,HIGH,x", "a,udp,,,,LOW,y")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(DangerousServices.parse(List.of("# c", header, "x,udp,7,,,LOW,echo, with a comma")).rules())
        .singleElement().extracting(DangerousService::reason).isEqualTo("echo, with a comma");
  }

  /** A port-only rule never accuses a service that identified itself as something else. */
  @Property
  void portRulesNeedAnUnidentifiedService(@ForAll @IntRange(min = 1, max = 65535) int port) {
    ServiceFact web = service(port, Transport.TCP, "http", "", "");
    Optional<DangerousService> match = SurfaceInventoryCheck.RULES.match(web);
    assertThat(match).isEmpty();
  }
}
