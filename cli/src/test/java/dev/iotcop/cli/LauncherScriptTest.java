package dev.iotcop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code iotcop} launcher script in a copy of the project tree whose Maven wrapper, JDK finder and java are small
 * stand-ins that log their calls, so the launcher's own decisions (build or not, start-up cache) are what is tested.
 */
class LauncherScriptTest {
  @TempDir
  Path tree;

  private static final Instant LONG_AGO = Instant.parse("2026-01-01T00:00:00Z");

  private Path calls() {
    return tree.resolve("calls.log");
  }

  private void script(String relative, String body) throws IOException {
    Path p = tree.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, "#!/usr/bin/env bash\n" + body + "\n", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
  }

  private void layOut() throws IOException {
    Path launcher = Path.of("..", "iotcop").toAbsolutePath().normalize();
    Files.copy(launcher, tree.resolve("iotcop"));
    Files.setPosixFilePermissions(tree.resolve("iotcop"), PosixFilePermissions.fromString("rwx------"));
    String log = calls().toString();
    script("bin/find-jdk", "echo '" + tree.resolve("jdk") + "'");
    script("jdk/bin/java", "echo \"java $*\" >> '" + log + "'");
    // Like Maven with nothing to do for the command line: the jar, once there, is left as it is.
    script("mvnw", "echo mvnw >> '" + log + "'\nmkdir -p cli/target\n[ -f cli/target/iotcop-cli.jar ] || : > cli/target/iotcop-cli.jar");
    Files.writeString(tree.resolve("pom.xml"), "<project/>");
    Files.setLastModifiedTime(tree.resolve("pom.xml"), FileTime.from(LONG_AGO));
    Path jar = tree.resolve("cli/target/iotcop-cli.jar");
    Files.createDirectories(jar.getParent());
    Files.writeString(jar, "");
    Files.setLastModifiedTime(jar, FileTime.from(LONG_AGO.plusSeconds(60)));
  }

  private List<String> run() throws Exception {
    Files.deleteIfExists(calls());
    ProcessBuilder pb = new ProcessBuilder(tree.resolve("iotcop").toString(), "--version").directory(tree.toFile())
        .redirectErrorStream(true).redirectOutput(tree.resolve("out.log").toFile());
    pb.environment().remove("JAVA_HOME");
    Process p = pb.start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(tree.resolve("out.log"))).isZero();
    return Files.exists(calls()) ? Files.readAllLines(calls()) : List.of();
  }

  @Test
  void aSourceChangeMavenHasNothingToRebuildForTriggersOneBuildNotOneOnEveryStart() throws Exception {
    layOut();
    Path changed = tree.resolve("bench/src/main/java/Bench.java");
    Files.createDirectories(changed.getParent());
    Files.writeString(changed, "class Bench {}");

    assertThat(run()).as("first start after the change").contains("mvnw");
    assertThat(run()).as("second start").doesNotContain("mvnw").anyMatch(c -> c.endsWith("--version"));
  }

  @Test
  void aStartUpCacheOlderThanTheJarIsMadeAgainAndAFreshOneIsUsed() throws Exception {
    layOut();
    Path aot = tree.resolve("cli/target/iotcop.aot");
    Files.writeString(aot, "");
    Files.setLastModifiedTime(aot, FileTime.from(LONG_AGO));
    assertThat(run()).as("the jar was built after the cache").anyMatch(c -> c.contains("-XX:AOTCacheOutput="));

    Files.setLastModifiedTime(aot, FileTime.from(LONG_AGO.plusSeconds(120)));
    assertThat(run()).as("the cache is newer than the jar").noneMatch(c -> c.contains("-XX:AOTCacheOutput="))
        .anyMatch(c -> c.contains("-XX:AOTCache=") && c.endsWith("--version"));
  }

  @Test
  void anUnchangedTreeStartsWithoutBuilding() throws Exception {
    layOut();
    assertThat(run()).doesNotContain("mvnw").anyMatch(c -> c.startsWith("java") && c.endsWith("--version"));
  }
}
