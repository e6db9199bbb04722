package dev.iotcop.lab.daemon;

import dev.iotcop.lab.profile.Lockout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The device's /etc/pam.d: a copy of the host's, with the stacks of the lab's PAM services replaced. Debian 12 does
 * not wire pam_faillock anywhere by default; with a lockout policy the stacks below put it around pam_unix, keeping
 * the tally in the device's own faillock directory so the host's stays untouched and a test can read it.
 */
public final class PamStacks {
  private PamStacks() {}

  public static void write(DeviceLayout layout, Optional<Lockout> lockout, List<String> services) {
    Path target = DeviceFiles.directory(layout.pamDirectory());
    copyHostStacks(target);
    String stack = lockout.map(l -> withLockout(layout.faillock(), l)).orElse(WITHOUT_LOCKOUT);
    for (String service : services) {
      DeviceFiles.write(target.resolve(service), stack);
    }
    if (lockout.isPresent()) {
      DeviceFiles.directory(layout.faillock(), "rwx------");
    }
  }

  private static final String WITHOUT_LOCKOUT = """
      auth     required   pam_unix.so
      account  required   pam_unix.so
      session  required   pam_unix.so
      password requisite  pam_deny.so
      """;

  private static String withLockout(Path faillockDirectory, Lockout lockout) {
    String options = "dir=" + faillockDirectory + " deny=" + lockout.deny() + " unlock_time=" + lockout.unlockTimeSeconds();
    return """
        auth     required                 pam_faillock.so preauth %1$s
        auth     [success=1 default=bad]  pam_unix.so
        auth     [default=die]            pam_faillock.so authfail %1$s
        auth     sufficient               pam_faillock.so authsucc %1$s
        account  required                 pam_faillock.so dir=%2$s
        account  required                 pam_unix.so
        session  required                 pam_unix.so
        password requisite                pam_deny.so
        """.formatted(options, faillockDirectory);
  }

  private static void copyHostStacks(Path target) {
    Path host = Path.of("/etc/pam.d");
    if (!Files.isDirectory(host)) {
      return;
    }
    try (Stream<Path> files = Files.list(host)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, target.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + host, e);
    }
  }
}
