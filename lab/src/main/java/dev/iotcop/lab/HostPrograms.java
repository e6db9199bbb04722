package dev.iotcop.lab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the host programs the lab runs. Two come from Debian packages that are not installed normally:
 * BusyBox telnetd is only in {@code busybox-static}, which conflicts with the usual {@code busybox} package, and
 * {@code xinetd} may be absent. Both are fetched with {@code apt-get download} and unpacked with {@code dpkg -x} into
 * the cache directory (nothing is installed, no service is started).
 */
public final class HostPrograms {
  private static final List<Path> SEARCH = Stream.of(
      "/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin").map(Path::of).toList();

  private final Path cache;

  public HostPrograms(Path cacheDirectory) {
    this.cache = cacheDirectory;
  }

  /** The program on the standard system paths, if installed. */
  public Optional<Path> find(String program) {
    return SEARCH.stream().map(d -> d.resolve(program)).filter(Files::isExecutable).findFirst();
  }

  public Path require(String program) {
    return switch (program) {
      case "busybox-static" -> busybox();
      case "xinetd" -> xinetd();
      default -> find(program).orElseThrow(() -> new LabException(
          "the lab needs '" + program + "' on this host; see the lab README for the Debian packages to install"));
    };
  }

  /** Whether {@code program} is present or can be fetched; the reason when not. */
  public Optional<String> missing(String program) {
    try {
      require(program);
      return Optional.empty();
    } catch (LabException e) {
      return Optional.of(e.getMessage());
    }
  }

  /** A statically linked BusyBox with telnetd, login and syslogd. */
  public Path busybox() {
    return cached("busybox-static", "bin/busybox", "busybox");
  }

  /** A symlink named {@code login} to the static BusyBox, so BusyBox runs its login applet. */
  public Path busyboxLogin() {
    Path busybox = busybox();
    Path link = cache.resolve("login");
    if (Files.isSymbolicLink(link)) {
      return link;
    }
    try {
      Path temporary = cache.resolve("login." + ProcessHandle.current().pid() + ".tmp");
      Files.deleteIfExists(temporary);
      Files.createSymbolicLink(temporary, busybox.getFileName());
      Files.move(temporary, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return link;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + link, e);
    }
  }

  public Path xinetd() {
    return find("xinetd").orElseGet(() -> cached("xinetd", "usr/sbin/xinetd", "xinetd"));
  }

  private Path cached(String debianPackage, String pathInPackage, String name) {
    Path target = cache.resolve(name);
    if (Files.isExecutable(target)) {
      return target;
    }
    try {
      Files.createDirectories(cache);
      Path work = Files.createTempDirectory(cache, "fetch-" + debianPackage + "-");
      try {
        CommandResult download = HostCommands.run(
            List.of("apt-get", "download", debianPackage), null, work, Duration.ofMinutes(3));
        if (!download.succeeded()) {
          throw new LabException("cannot fetch the Debian package " + debianPackage + " (needed for " + name
              + "); run 'apt-get update' once, or put the program at " + target + ":\n" + download.output().strip());
        }
        Path deb;
        try (Stream<Path> files = Files.list(work)) {
          deb = files.filter(p -> p.getFileName().toString().endsWith(".deb")).findFirst()
              .orElseThrow(() -> new LabException("apt-get download " + debianPackage + " left no .deb file"));
        }
        Path unpacked = work.resolve("unpacked");
        HostCommands.run(List.of("dpkg", "-x", deb.toString(), unpacked.toString())).orThrow();
        Path program = unpacked.resolve(pathInPackage);
        if (!Files.isExecutable(program)) {
          throw new LabException(debianPackage + " has no executable " + pathInPackage);
        }
        moveIntoPlace(program, target);
        return target;
      } finally {
        deleteTree(work);
      }
    } catch (IOException e) {
      throw new LabException("cannot prepare " + name + " in " + cache + ": " + e.getMessage(), e);
    }
  }

  private static void moveIntoPlace(Path source, Path target) throws IOException {
    try {
      Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  static void deleteTree(Path root) {
    if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    List<Path> paths = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.forEach(paths::add);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
    paths.sort(Comparator.reverseOrder());
    for (Path p : paths) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot delete " + p, e);
      }
    }
  }
}
