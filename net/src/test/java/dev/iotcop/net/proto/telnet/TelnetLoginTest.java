package dev.iotcop.net.proto.telnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.iotcop.engine.evidence.Transcript;
import dev.iotcop.net.proto.TestDaemon;
import dev.iotcop.net.proto.TestBytes;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs BusyBox telnetd on a loopback port with a small login program of the test's own ({@code test-login.sh}): it
 * asks for a login and a password, accepts only admin / s3cret-pw, and reads its behaviour from a {@code mode} file
 * beside it so one daemon serves every scenario. BusyBox telnetd is in Debian's busybox-static package; point
 * IOTCOP_BUSYBOX_STATIC at its binary, or let lab/setup-host.sh put it in the lab's program cache (the test is skipped when no BusyBox with telnetd is found).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TelnetLoginTest {
  private static final Duration STEP = Duration.ofSeconds(3);

  private Path directory;
  private TestDaemon telnetd;
  private InetSocketAddress address;

  @BeforeAll
  void startTelnetd(@TempDir Path temporary) throws IOException {
    directory = temporary;
    Optional<Path> busybox = TestDaemon.busyBoxWithTelnetd();
    if (busybox.isEmpty()) {
      return;
    }
    Path login = directory.resolve("test-login.sh");
    Files.write(login, TestBytes.resource(getClass(), "test-login.sh"));
    Files.setPosixFilePermissions(login, PosixFilePermissions.fromString("rwx------"));
    mode("normal");
    int port = TestDaemon.freeTcpPort();
    telnetd = TestDaemon.start(directory, "telnetd", Map.of(), List.of(busybox.get().toString(), "telnetd", "-F",
        "-p", Integer.toString(port), "-b", "127.0.0.1", "-l", login.toString(), "-f", "/dev/null"));
    telnetd.awaitTcp(port, Duration.ofSeconds(10));
    address = new InetSocketAddress(TestDaemon.LOOPBACK, port);
  }

  @AfterAll
  void stopTelnetd() {
    if (telnetd != null) {
      telnetd.close();
    }
  }

  private void mode(String mode) throws IOException {
    Files.writeString(directory.resolve("mode"), mode + "\n");
  }

  private LoginAttempt attemptOnBusyBox(String mode, String user, String password) throws IOException {
    assumeTrue(telnetd != null, "BusyBox with telnetd not found (set IOTCOP_BUSYBOX_STATIC)");
    mode(mode);
    try (TelnetClient client = TelnetClient.open(address, STEP)) {
      return new TelnetLogin(LoginPrompts.defaults(), STEP, 16 * 1024).attempt(client, user, password);
    }
  }

  @Test
  @Timeout(20)
  void rightCredentialsReachTheShell() throws IOException {
    LoginAttempt attempt = attemptOnBusyBox("normal", "admin", "s3cret-pw");
    assertThat(attempt.outcome()).as(attempt.transcript().toString()).isEqualTo(LoginOutcome.ACCEPTED);
    assertThat(attempt.proof()).isNotBlank();
    List<Transcript.Line> sent = attempt.transcript().lines().stream()
        .filter(l -> l.direction() == Transcript.Direction.SENT).toList();
    assertThat(sent).extracting(Transcript.Line::secret).containsExactly(false, true);
    assertThat(sent.get(1).render(false)).doesNotContain("s3cret-pw");
    assertThat(attempt.transcript().lines()).filteredOn(l -> l.direction() == Transcript.Direction.RECEIVED)
        .extracting(Transcript.Line::text).anyMatch(t -> t.contains("device login:"));
  }

  @Test
  @Timeout(20)
  void wrongPasswordIsRejected() throws IOException {
    LoginAttempt attempt = attemptOnBusyBox("normal", "admin", "admin");
    assertThat(attempt.outcome()).isEqualTo(LoginOutcome.REJECTED);
    assertThat(attempt.proof()).containsIgnoringCase("login incorrect");
  }

  @Test
  @Timeout(20)
  void silentServiceHasNoLoginPrompt() throws IOException {
    assertThat(attemptOnBusyBox("silent", "admin", "x").outcome()).isEqualTo(LoginOutcome.NO_LOGIN_PROMPT);
  }

  @Test
  @Timeout(20)
  void lockedAccountIsReported() throws IOException {
    assertThat(attemptOnBusyBox("locked", "admin", "x").outcome()).isEqualTo(LoginOutcome.LOCKED_OR_THROTTLED);
  }

  @Test
  @Timeout(20)
  void shellWithoutLoginIsReported() throws IOException {
    assertThat(attemptOnBusyBox("open", "admin", "x").outcome()).isEqualTo(LoginOutcome.SHELL_WITHOUT_LOGIN);
  }

  /** A one-connection server that writes the given replies, one after each line it reads. */
  private static InetSocketAddress scripted(ServerSocket server, byte[] greeting, List<String> replies) {
    Thread.ofVirtual().start(() -> {
      try (Socket socket = server.accept()) {
        OutputStream out = socket.getOutputStream();
        out.write(greeting);
        var in = socket.getInputStream();
        for (String reply : replies) {
          int b;
          while ((b = in.read()) >= 0 && b != '\n') {
            // skip the client's line and negotiation replies
          }
          if (b < 0) {
            return;
          }
          out.write(reply.getBytes(StandardCharsets.UTF_8));
          out.flush();
        }
        Thread.sleep(500);
      } catch (IOException | InterruptedException ignored) {
        // the client side asserts what it saw
      }
    });
    return new InetSocketAddress(TestDaemon.LOOPBACK, server.getLocalPort());
  }

  private static LoginAttempt attemptOnScript(byte[] greeting, List<String> replies) throws IOException {
    try (ServerSocket server = new ServerSocket(0, 1, TestDaemon.LOOPBACK);
         TelnetClient client = TelnetClient.open(scripted(server, greeting, replies), STEP)) {
      return new TelnetLogin(LoginPrompts.defaults(), Duration.ofSeconds(1), 4096).attempt(client, "root", "toor");
    }
  }

  @Test
  @Timeout(10)
  void passwordOnlyDeviceAndClosingDeviceAreClassified() throws IOException {
    byte[] negotiationThenPassword = TestBytes.hex("fffb01 fffb03 fffd18" + "0d0a50617373776f72643a20");
    assertThat(attemptOnScript(negotiationThenPassword, List.of("\r\nWelcome\r\nrouter> ")).outcome())
        .isEqualTo(LoginOutcome.ACCEPTED);
    assertThat(attemptOnScript("Username: ".getBytes(StandardCharsets.US_ASCII),
        List.of("\r\nPassword: ", "\r\n% Authentication failed\r\nUsername: ")).outcome())
        .isEqualTo(LoginOutcome.REJECTED);
    assertThat(attemptOnScript(new byte[0], List.of()).outcome()).isEqualTo(LoginOutcome.LOCKED_OR_THROTTLED);
    assertThat(attemptOnScript("login: ".getBytes(StandardCharsets.US_ASCII),
        List.of("\r\nPassword: ", "\r\nToo many login failures, try again later\r\n")).outcome())
        .isEqualTo(LoginOutcome.LOCKED_OR_THROTTLED);
  }
}
