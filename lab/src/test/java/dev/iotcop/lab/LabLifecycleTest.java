package dev.iotcop.lab;

import static dev.iotcop.lab.LabTeardownAssertions.assertNothingLeft;
import static dev.iotcop.lab.LabTeardownAssertions.processesOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iotcop.lab.junit.RequiresLab;
import dev.iotcop.lab.profile.DeviceProfile;
import dev.iotcop.lab.profile.DeviceProfiles;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@RequiresLab(programs = {"lighttpd", "nginx"})
class LabLifecycleTest {
  private static final String TINY = """
      name: tiny
      hostname: tiny
      services:
        - name: web
          type: lighttpd
          port: 80
          pages:
            /index.html: "tiny device\\n"
      """;
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

  private static DeviceProfile tiny() {
    return DeviceProfiles.parse(TINY, "tiny");
  }

  private static String uniqueName(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static String fetch(String address) throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://" + address + "/"))
        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    return response.statusCode() + " " + response.body().strip();
  }

  @Test
  void closeLeavesNoNamespaceVethProcessOrFileBehind() throws Exception {
    LabHost host = LabHost.fromEnvironment();
    LabDevice device = Lab.start(tiny());
    DeviceState state = device.state();
    assertThat(NamespaceNetwork.namespaceExists(state.namespace())).isTrue();
    assertThat(host.stateFile(state.name())).exists();
    assertThat(fetch(state.address())).isEqualTo("200 tiny device");
    List<Long> pids = processesOf(state);
    device.close();
    assertNothingLeft(host, state, pids);
    device.close();
  }

  @Test
  void devicesStartedTogetherGetDistinctAddressesAndNamespaces() throws Exception {
    LabHost host = LabHost.fromEnvironment();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    List<LabDevice> devices = new ArrayList<>();
    try {
      Callable<LabDevice> start = () -> Lab.start(tiny());
      List<Future<LabDevice>> started = pool.invokeAll(List.of(start, start, start), 2, TimeUnit.MINUTES);
      for (Future<LabDevice> f : started) {
        devices.add(f.get());
      }
      assertThat(devices).extracting(d -> d.address().getHostAddress()).doesNotHaveDuplicates();
      assertThat(devices).extracting(LabDevice::namespace).doesNotHaveDuplicates();
      assertThat(devices).extracting(d -> d.state().hostInterface()).doesNotHaveDuplicates();
      for (LabDevice d : devices) {
        assertThat(fetch(d.address().getHostAddress())).isEqualTo("200 tiny device");
        assertThat(d.address().getHostAddress()).startsWith("10.213.");
      }
    } finally {
      pool.shutdownNow();
      for (LabDevice d : devices) {
        DeviceState state = d.state();
        List<Long> pids = processesOf(state);
        d.close();
        assertNothingLeft(host, state, pids);
      }
    }
  }

  @Test
  void aNameInUseIsRefusedWithoutDisturbingItsDevice() throws Exception {
    String name = uniqueName("taken");
    try (LabDevice first = Lab.start(tiny(), LabOptions.defaults().withName(name))) {
      assertThatThrownBy(() -> Lab.start(tiny(), LabOptions.defaults().withName(name)))
          .isInstanceOf(LabException.class).hasMessageContaining("already recorded");
      assertThat(fetch(first.address().getHostAddress())).isEqualTo("200 tiny device");
      assertThat(LabHost.fromEnvironment().stateFile(name)).exists();
    }
  }

  @Test
  void aDaemonThatDiesDuringStartFailsWithItsLogAndLeavesNothing() {
    LabHost host = LabHost.fromEnvironment();
    String name = uniqueName("broken");
    DeviceProfile broken = DeviceProfiles.parse("""
        name: broken
        services:
          - name: https
            type: nginx
            tls:
              ciphers: "NO-SUCH-CIPHER"
        """, "broken");
    assertThatThrownBy(() -> Lab.start(broken, LabOptions.defaults().withName(name)))
        .isInstanceOf(LabException.class)
        .hasMessageContaining("nginx (service https of device " + name + ") exited")
        .hasMessageContaining("no cipher match");
    assertThat(host.stateFile(name)).doesNotExist();
    assertThat(NamespaceNetwork.namespaceExists("iotcop-" + name)).isFalse();
    assertThat(host.deviceDirectory(name)).doesNotExist();
  }

  private static Process childJvm(String mode, String name) throws Exception {
    Path profile = Files.createTempFile("tiny", ".yaml");
    Files.writeString(profile, TINY);
    profile.toFile().deleteOnExit();
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classPath, ChildJvmStarter.class.getName(), mode, profile.toString(), name)
        .redirectErrorStream(true).start();
  }

  @Test
  void aDetachedDeviceOutlivesItsJvmUntilDown() throws Exception {
    LabHost host = LabHost.fromEnvironment();
    String name = uniqueName("detached");
    Process child = childJvm("up", name);
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = new String(child.getInputStream().readAllBytes());
    assertThat(child.exitValue()).as(output).isZero();

    DeviceState state = Lab.list().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    assertThat(state.detached()).isTrue();
    assertThat(ProcessHandle.of(state.ownerPid()).filter(ProcessHandle::isAlive)).isEmpty();
    assertThat(output).contains("device " + name + " " + state.address());
    assertThat(fetch(state.address())).isEqualTo("200 tiny device");
    assertThat(Lab.reapOrphans(host)).doesNotContain(name);
    List<Long> pids = processesOf(state);

    assertThat(Lab.down(name)).isTrue();
    assertNothingLeft(host, state, pids);
    assertThat(Lab.down(name)).isFalse();
  }

  @Test
  void devicesOfAKilledJvmAreReapedByTheNextStart() throws Exception {
    LabHost host = LabHost.fromEnvironment();
    String name = uniqueName("orphan");
    Process child = childJvm("start", name);
    try (var reader = child.inputReader()) {
      String line = reader.readLine();
      assertThat(line).startsWith("device " + name);
    }
    DeviceState state = Lab.list().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    List<Long> pids = processesOf(state);
    child.destroyForcibly();
    assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
    assertThat(NamespaceNetwork.namespaceExists(state.namespace())).as("a SIGKILL skips the shutdown hook").isTrue();
    assertThat(fetch(state.address())).isEqualTo("200 tiny device");

    assertThat(Lab.reapOrphans(host)).contains(name);
    assertNothingLeft(host, state, pids);
  }

  @Test
  void downAllTearsDownEveryDeviceOfALabHost() throws Exception {
    Path root = Files.createTempDirectory("lab-host",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    LabHost host = new LabHost(root.resolve("state"), root.resolve("work"), LabHost.fromEnvironment().cacheDirectory());
    Map<DeviceState, List<Long>> devices = new LinkedHashMap<>();
    for (int i = 0; i < 2; i++) {
      DeviceState state = Lab.up(tiny(), LabOptions.defaults().withHost(host));
      devices.put(state, processesOf(state));
    }
    assertThat(Lab.list(host)).hasSize(2);
    assertThat(Lab.downAll(host)).containsExactlyInAnyOrderElementsOf(
        devices.keySet().stream().map(DeviceState::name).toList());
    devices.forEach((state, pids) -> assertNothingLeft(host, state, pids));
    assertThat(Lab.list(host)).isEmpty();
    HostPrograms.deleteTree(root);
  }
}
