package dev.iotcop.net.proto.mdns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.iotcop.net.proto.TestDaemon;
import dev.iotcop.net.proto.TestBytes;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class MdnsClientTest {

  /** Replies to each query with a captured avahi answer, after a malformed datagram and one with another id. */
  @Test
  @Timeout(10)
  void keepsOnlyWellFormedAnswersToItsOwnQuery() throws Exception {
    byte[] captured = TestBytes.hexResource(getClass(), "avahi-services.hex");
    try (DatagramSocket responder = new DatagramSocket(new InetSocketAddress(TestDaemon.LOOPBACK, 0))) {
      Thread thread = Thread.ofVirtual().start(() -> {
        try {
          byte[] buffer = new byte[1500];
          DatagramPacket query = new DatagramPacket(buffer, buffer.length);
          responder.receive(query);
          byte[] answer = captured.clone();
          byte[] other = captured.clone();
          answer[0] = buffer[0];
          answer[1] = buffer[1];
          other[0] = (byte) ~buffer[0];
          for (byte[] reply : List.of(new byte[] {1, 2, 3}, other, answer)) {
            responder.send(new DatagramPacket(reply, reply.length, query.getSocketAddress()));
          }
        } catch (IOException ignored) {
          // the client side asserts
        }
      });
      MdnsClient client = new MdnsClient(Duration.ofMillis(600), 10);
      DnsMessage query = MdnsQueries.serviceTypes(client.newId(), false);
      List<DnsMessage> answers = client.query(new InetSocketAddress(TestDaemon.LOOPBACK, responder.getLocalPort()), query);
      thread.join(2000);
      assertThat(answers).singleElement().satisfies(m -> {
        assertThat(m.id()).isEqualTo(query.id());
        assertThat(m.answers()).hasSize(2);
      });
    }
  }

  /**
   * Browses a real avahi-daemon. Avahi needs a multicast-capable interface, so it runs in a network namespace of its
   * own (created with unshare, with private mounts for its configuration and run directory); the browsing client runs
   * in a child JVM inside that namespace and queries the namespace's loopback. Needs root, unshare, ip and avahi.
   */
  @Test
  @Timeout(60)
  void browsesARealAvahiDaemonInItsOwnNetworkNamespace(@TempDir Path directory) throws Exception {
    assumeTrue("root".equals(System.getProperty("user.name")), "needs root for network namespaces");
    TestDaemon.requireProgram("/usr/sbin/avahi-daemon");
    Path unshare = TestDaemon.requireProgram("/usr/bin/unshare");
    TestDaemon.requireProgram("/usr/sbin/ip", "/sbin/ip", "/usr/bin/ip");
    assumeTrue(Files.isDirectory(Path.of("/etc/avahi")), "avahi configuration directory missing");
    Path etc = Files.createDirectories(directory.resolve("etc/services"));
    Files.write(directory.resolve("etc/avahi-daemon.conf"), TestBytes.resource(getClass(), "avahi/avahi-daemon.conf"));
    Files.write(etc.resolve("http.service"), TestBytes.resource(getClass(), "avahi/http.service"));
    Files.write(etc.resolve("mqtt.service"), TestBytes.resource(getClass(), "avahi/mqtt.service"));
    Path script = directory.resolve("run-in-namespace.sh");
    Files.write(script, TestBytes.resource(getClass(), "avahi/run-in-namespace.sh"));
    String java = ProcessHandle.current().info().command().orElseThrow();
    Process process = new ProcessBuilder(unshare.toString(), "--mount", "--net", "--propagation", "private",
        "sh", script.toString(), directory.toString(),
        java, "-cp", System.getProperty("java.class.path"), MdnsBrowseProbe.class.getName())
        .redirectError(directory.resolve("probe.err").toFile()).start();
    String output;
    try {
      output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(40, TimeUnit.SECONDS)).isTrue();
    } finally {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
    String diagnostics = Files.readString(directory.resolve("probe.err"))
        + (Files.exists(directory.resolve("avahi.log")) ? Files.readString(directory.resolve("avahi.log")) : "");
    assertThat(process.exitValue()).as(diagnostics).isZero();
    List<String> lines = output.lines().sorted().toList();
    assertThat(lines).as(diagnostics).containsExactly(
        "Lab Broker|_mqtt._tcp.local|1883||0:0:0:0:0:0:0:1;127.0.0.1",
        "Lab Camera Web UI|_http._tcp.local|8080|path=/admin;model=CAM-100|0:0:0:0:0:0:0:1;127.0.0.1");
    assertThat(Arrays.asList(lines.get(1).split("\\|"))).hasSize(5);
  }
}
