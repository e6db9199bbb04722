package dev.iotcop.net.check.credentials;

import static dev.iotcop.net.check.credentials.LoopbackChecks.context;
import static dev.iotcop.net.check.credentials.LoopbackChecks.fact;
import static dev.iotcop.net.check.credentials.LoopbackChecks.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iotcop.engine.Finding;
import dev.iotcop.engine.Outcome;
import dev.iotcop.engine.Subject;
import dev.iotcop.engine.Transport;
import dev.iotcop.engine.check.CheckResult;
import dev.iotcop.engine.fact.ServiceFact;
import dev.iotcop.net.proto.TestDaemon;
import dev.iotcop.net.proto.snmp.SnmpClient;
import dev.iotcop.net.proto.snmp.SnmpVersion;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The MQTT check against mosquitto and the SNMP community check against net-snmp's snmpd, on loopback ports. */
class MqttAndSnmpCredentialChecksTest {
  @TempDir
  Path directory;

  private record Daemon(TestDaemon daemon, Subject.Service service) implements AutoCloseable {
    @Override
    public void close() {
      daemon.close();
    }
  }

  /** mosquitto with the given users (pairs of name and password); none means no password file. */
  private Daemon mosquitto(boolean allowAnonymous, String... users) throws Exception {
    Path mosquitto = TestDaemon.requireProgram("/usr/sbin/mosquitto");
    Path passwd = TestDaemon.requireProgram("/usr/bin/mosquitto_passwd");
    Path passwords = directory.resolve("passwords");
    for (int i = 0; i < users.length; i += 2) {
      List<String> command = new ArrayList<>(List.of(passwd.toString()));
      if (i == 0) {
        command.add("-c");
      }
      command.addAll(List.of("-b", passwords.toString(), users[i], users[i + 1]));
      Process made = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(directory.resolve("passwd-" + i + ".log").toFile()).start();
      assertThat(made.waitFor()).isZero();
    }
    int port = TestDaemon.freeTcpPort();
    Path config = directory.resolve("mosquitto.conf");
    Files.writeString(config, """
        listener %d 127.0.0.1
        allow_anonymous %s
        %s
        persistence false
        user root
        log_dest stdout
        """.formatted(port, allowAnonymous, users.length == 0 ? "" : "password_file " + passwords));
    TestDaemon daemon = TestDaemon.start(directory, "mosquitto", Map.of(), List.of(mosquitto.toString(), "-c",
        config.toString()));
    daemon.awaitTcp(port, Duration.ofSeconds(10));
    return new Daemon(daemon, LoopbackChecks.tcp(port, "mqtt"));
  }

  private static CheckResult mqtt(Subject.Service service, ServiceFact fact) throws InterruptedException {
    return new MqttDefaultCredentialsCheck().run(context(LoopbackChecks.politeness(), fact), service);
  }

  @Test
  @Timeout(60)
  void findsADefaultBrokerAccount() throws Exception {
    try (Daemon broker = mosquitto(false, "sensor", "Qv7-unlisted-Zp2", "admin", "admin")) {
      CheckResult r = mqtt(broker.service(), fact(broker.service()));
      Finding f = only(r);
      assertThat(f.outcome()).as(f + "\n" + broker.daemon().log()).isEqualTo(Outcome.FAIL);
      assertThat(f.messageKey()).isEqualTo("check.net.mqtt.default-credentials.found");
      assertThat(f.messageArgs().getFirst()).isEqualTo("admin");
      assertThat(LoopbackChecks.rendered(f)).contains("CONNACK return code 0");
      var transcript = f.evidence().stream().filter(dev.iotcop.engine.evidence.Transcript.class::isInstance)
          .map(dev.iotcop.engine.evidence.Transcript.class::cast).findFirst().orElseThrow();
      assertThat(transcript.lines()).filteredOn(l -> l.text().equals("admin")).singleElement()
          .satisfies(l -> assertThat(l.secret()).isTrue());
      assertThat(r.facts()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("refusals", "loginAccepted").containsExactly(new AuthenticationFact(broker.service(), "mqtt", ""));
    }
  }

  @Test
  @Timeout(60)
  void aBrokerWithOnlyStrongPasswordsPasses() throws Exception {
    try (Daemon broker = mosquitto(false, "sensor", "Qv7-unlisted-Zp2")) {
      Finding f = only(mqtt(broker.service(), fact(broker.service())));
      assertThat(f.outcome()).as(f.toString()).isEqualTo(Outcome.PASS);
      assertThat(f.messageArgs()).containsExactly(Integer.toString(DefaultCredentialTrial.GENERIC_LIMIT));
    }
  }

  @Test
  @Timeout(60)
  void anAnonymousBrokerIsNotedHereAndLeftToItsOwnCheck() throws Exception {
    try (Daemon broker = mosquitto(true)) {
      ServiceFact anonymous = new ServiceFact(broker.service(), false, "", "", "CONNACK", Map.of("mqtt.anonymous", "accepted"));
      Finding f = only(mqtt(broker.service(), anonymous));
      assertThat(f.outcome()).isEqualTo(Outcome.INFO);
      assertThat(f.messageKey()).isEqualTo("check.net.mqtt.default-credentials.anonymous");
      Finding unknown = only(mqtt(broker.service(), fact(broker.service())));
      assertThat(unknown.outcome()).as("without the anonymous fact it is any password").isEqualTo(Outcome.FAIL);
      assertThat(unknown.messageKey()).isEqualTo("check.net.mqtt.default-credentials.any-password");
    }
  }

  private Daemon snmpd(String community) throws IOException {
    Path snmpd = TestDaemon.requireProgram("/usr/sbin/snmpd");
    Path config = directory.resolve("snmpd.conf");
    Files.writeString(config, """
        rocommunity %s 127.0.0.1
        sysDescr HC2040 IP Camera, firmware 4.2.1
        """.formatted(community));
    int port = TestDaemon.freeUdpPort();
    TestDaemon daemon = TestDaemon.start(directory, "snmpd",
        Map.of("SNMP_PERSISTENT_DIR", directory.resolve("persist").toString(), "MIBS", ""),
        List.of(snmpd.toString(), "-f", "-Lo", "-C", "-c", config.toString(), "-p", directory.resolve("pid").toString(),
            "udp:127.0.0.1:" + port));
    awaitLog(daemon, "NET-SNMP version");
    return new Daemon(daemon, new Subject.Service("127.0.0.1", port, Transport.UDP, "snmp"));
  }

  /** snmpd logs its version line once it listens; UDP has no connection to wait for. */
  private static void awaitLog(TestDaemon daemon, String text) {
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < end && !daemon.log().contains(text)) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    assertThat(daemon.log()).contains(text);
  }

  private static CheckResult snmp(Subject.Service service) throws InterruptedException {
    return new SnmpDefaultCommunityCheck().run(context(LoopbackChecks.politeness(), fact(service)), service);
  }

  @Test
  @Timeout(60)
  void aReplyToPublicIsItselfTheProof() throws Exception {
    try (Daemon agent = snmpd("public")) {
      Finding f = only(snmp(agent.service()));
      assertThat(f.outcome()).as(f + "\n" + agent.daemon().log()).isEqualTo(Outcome.FAIL);
      assertThat(f.messageKey()).isEqualTo("check.net.snmp.default-community.found");
      assertThat(f.messageArgs()).containsExactly("V2C", "1");
      assertThat(LoopbackChecks.credential(f).orElseThrow().password().reveal()).isEqualTo("public");
      assertThat(LoopbackChecks.rendered(f)).doesNotContain("public").contains("HC2040 IP Camera");
    }
  }

  @Test
  @Timeout(60)
  void silenceToEveryListedCommunityPasses() throws Exception {
    try (Daemon agent = snmpd("Qv7-unlisted-Zp2")) {
      Finding f = only(snmp(agent.service()));
      assertThat(f.outcome()).as(f.toString()).isEqualTo(Outcome.PASS);
      assertThat(f.messageArgs()).containsExactly(Integer.toString(SnmpDefaultCommunityCheck.COMMUNITY_LIMIT));
      var answer = new SnmpClient(new InetSocketAddress("127.0.0.1", agent.service().port()), Duration.ofSeconds(2), 1)
          .readSystemGroup(SnmpVersion.V2C, "Qv7-unlisted-Zp2");
      assertThat(answer).as("the agent was up and answers its real community").isPresent();
    }
  }
}
