package dev.iotcop.lab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The host's OpenSSH client, for logins with a key or (through SSH_ASKPASS) a password. */
final class SshClient {
  private SshClient() {}

  record Outcome(int exitCode, String output) {
    boolean loggedIn() {
      return exitCode == 0;
    }
  }

  static Outcome withKey(InetAddress address, int port, String user, Path key, String command) {
    return run(address, port, user, List.of("-i", key.toString(), "-o", "BatchMode=yes",
        "-o", "PreferredAuthentications=publickey"), Map.of(), command);
  }

  static Outcome withPassword(InetAddress address, int port, String user, String password, String command) {
    Path askpass = askpass();
    return run(address, port, user, List.of("-o", "PreferredAuthentications=password,keyboard-interactive",
        "-o", "PubkeyAuthentication=no", "-o", "NumberOfPasswordPrompts=1"),
        Map.of("SSH_ASKPASS", askpass.toString(), "SSH_ASKPASS_REQUIRE", "force", "LAB_PASSWORD", password), command);
  }

  private static Outcome run(InetAddress address, int port, String user, List<String> options,
      Map<String, String> environment, String command) {
    List<String> argv = new ArrayList<>(List.of("ssh", "-p", Integer.toString(port), "-o", "StrictHostKeyChecking=no",
        "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR", "-o", "ConnectTimeout=5"));
    argv.addAll(options);
    argv.add(user + "@" + address.getHostAddress());
    argv.add(command);
    ProcessBuilder builder = new ProcessBuilder(argv).redirectErrorStream(true)
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    builder.environment().putAll(environment);
    try {
      Process process = builder.start();
      if (!process.waitFor(Duration.ofSeconds(30).toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("ssh did not finish within 30 s");
      }
      return new Outcome(process.exitValue(), new String(process.getInputStream().readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  private static Path askpass() {
    try {
      Path script = Files.createTempFile("lab-askpass", ".sh",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      Files.writeString(script, "#!/bin/sh\nprintf '%s\\n' \"$LAB_PASSWORD\"\n");
      script.toFile().deleteOnExit();
      return script;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
