package dev.iotcop.net.check.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iotcop.engine.Confidence;
import dev.iotcop.engine.Finding;
import dev.iotcop.engine.Outcome;
import dev.iotcop.engine.Subject;
import dev.iotcop.engine.Transport;
import dev.iotcop.engine.fact.ServiceFact;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CleartextJudgementTest {
  private static final Subject.Device DEVICE = new Subject.Device("192.0.2.7");

  private static ServiceFact service(int port, String protocol, boolean tls) {
    return new ServiceFact(new Subject.Service("192.0.2.7", port, Transport.TCP, protocol), tls, "", "", "", Map.of());
  }

  private static final Exposure TELNET_LOGIN =
      new Exposure.CredentialsInClear("fail.telnet-login", Confidence.HIGH, List.of(), List.of());
  private static final Exposure NO_LOGIN = new Exposure.NoCredentials(Optional.empty(), List.of(), List.of());
  private static final Exposure ANONYMOUS_MQTT =
      new Exposure.NoCredentials(Optional.of("info.mqtt-anonymous"), List.of(), List.of());
  private static final Exposure FTP_TLS = new Exposure.EncryptionRequired("info.ftp-tls-required",
      List.of("530 Non-anonymous sessions must use encryption."), List.of());
  private static final Exposure SILENT = new Exposure.Undetermined("no prompt before the read timeout", List.of());

  private static List<Finding> judge(List<ServiceFact> services, Exposure... exposures) {
    List<CleartextJudgement.Examination> ex = new ArrayList<>();
    int i = 0;
    for (ServiceFact s : services) {
      if (CleartextJudgement.examined(s)) {
        ex.add(new CleartextJudgement.Examination(s.service(), exposures[i++]));
      }
    }
    return CleartextJudgement.judge(CleartextManagementCheck.DESCRIPTOR, DEVICE, services, ex);
  }

  private static List<String> keys(List<Finding> findings) {
    return findings.stream().map(f -> f.messageKey().substring("check.net.cleartext.management.".length())).toList();
  }

  @Test
  void aCheapCameraFailsOnItsServicesAndGetsNoDevicePass() {
    List<Finding> findings = judge(List.of(service(23, "telnet", false), service(80, "http", false),
        service(1883, "mqtt", false), service(443, "https", true)), TELNET_LOGIN,
        new Exposure.CredentialsInClear("fail.http-basic", Confidence.HIGH, List.of("http://192.0.2.7/admin/", "HC2040"),
            List.of()), ANONYMOUS_MQTT);
    assertThat(keys(findings)).containsExactly("fail.telnet-login", "fail.http-basic", "info.mqtt-anonymous");
    assertThat(findings.getFirst().subject()).isEqualTo(new Subject.Service("192.0.2.7", 23, Transport.TCP, "telnet"));
    assertThat(findings.getFirst().provisions()).containsExactly("5.5-1", "5.5-6", "5.5-7");
  }

  @Test
  void aHubWithOnlyEncryptedServicesPassesOnTheDevice() {
    List<Finding> findings = judge(List.of(service(22, "ssh", false), service(443, "https", true),
        service(8883, "tls", true)));
    assertThat(keys(findings)).containsExactly("pass");
    assertThat(findings.getFirst().messageArgs()).containsExactly("3", "0");
    List<Finding> encryptedOnly = judge(List.of(service(443, "https", true), service(8883, "mqtts", true),
        service(80, "http", false), service(21, "ftp", false), service(1900, "ssdp", false)), NO_LOGIN, FTP_TLS);
    assertThat(keys(encryptedOnly)).containsExactly("info.ftp-tls-required", "pass");
    Finding pass = encryptedOnly.get(1);
    assertThat(pass.subject()).isEqualTo(DEVICE);
    assertThat(pass.provisions()).containsExactly("5.5-6", "5.5-7");
    assertThat(pass.messageArgs()).containsExactly("2", "2");
  }

  @Test
  void anUnexaminedServiceKeepsTheDeviceFromPassing() {
    List<Finding> findings = judge(List.of(service(443, "https", true), service(554, "rtsp", false),
        service(9999, "unknown", false)));
    assertThat(keys(findings)).containsExactly("info.not-examined");
    assertThat(findings.getFirst().messageArgs().getFirst()).isEqualTo("2");
  }

  @Test
  void anUndeterminedServiceIsInconclusiveAndTheDeviceGetsNoSummary() {
    List<Finding> findings = judge(List.of(service(23, "telnet", false), service(443, "https", true)), SILENT);
    assertThat(keys(findings)).containsExactly("inconclusive.service");
    assertThat(findings.getFirst().messageArgs()).containsExactly("telnet", "no prompt before the read timeout");
  }

  @Provide
  Arbitrary<List<ServiceFact>> devices() {
    Arbitrary<String> protocols = Arbitraries.of("telnet", "ftp", "http", "mqtt", "https", "ssh", "ssdp", "rtsp",
        "unknown", "tls");
    Arbitrary<ServiceFact> one = net.jqwik.api.Combinators.combine(Arbitraries.integers().between(1, 65535), protocols,
        Arbitraries.of(true, false)).as(CleartextJudgementTest::service);
    return one.list().ofMaxSize(8);
  }

  @Provide
  Arbitrary<List<Exposure>> exposures() {
    return Arbitraries.of(TELNET_LOGIN, NO_LOGIN, ANONYMOUS_MQTT, FTP_TLS, SILENT).list().ofSize(8);
  }

  @Property(tries = 400)
  void theDevicePassesOnlyWhenEveryServiceIsAccountedFor(@ForAll("devices") List<ServiceFact> services,
      @ForAll("exposures") List<Exposure> exposures) {
    List<Finding> findings = judge(services, exposures.toArray(Exposure[]::new));
    List<Exposure> used = exposures.subList(0, (int) services.stream().filter(CleartextJudgement::examined).count());
    long inClear = used.stream().filter(e -> e instanceof Exposure.CredentialsInClear).count();
    long undetermined = used.stream().filter(e -> e instanceof Exposure.Undetermined).count();
    boolean unexamined = services.stream().anyMatch(s -> !s.tls() && !s.protocol().equals("ssh")
        && !CleartextJudgement.EXAMINED.contains(s.protocol())
        && !CleartextJudgement.WITHOUT_LOGIN.contains(s.protocol()));
    assertThat(findings.stream().filter(f -> f.outcome() == Outcome.FAIL).count()).isEqualTo(inClear);
    assertThat(findings.stream().filter(f -> f.outcome() == Outcome.INCONCLUSIVE).count()).isEqualTo(undetermined);
    boolean pass = inClear == 0 && undetermined == 0 && !unexamined;
    assertThat(findings.stream().anyMatch(f -> f.outcome() == Outcome.PASS)).isEqualTo(pass);
    assertThat(findings).filteredOn(f -> f.subject() instanceof Subject.Device)
        .hasSize(inClear == 0 && undetermined == 0 ? 1 : 0)
        .allMatch(f -> f.outcome() == Outcome.PASS ? f.provisions().equals(List.of("5.5-6", "5.5-7"))
            : f.outcome() == Outcome.INFO);
  }
}
