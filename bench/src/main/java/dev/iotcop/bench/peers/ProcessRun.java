package dev.iotcop.bench.peers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One external command, run to completion (or its time limit) with its output captured and its wall time measured. */
record ProcessRun(List<String> command, int exit, String stdout, String stderr, Duration elapsed) {
  static ProcessRun of(List<String> command, Duration limit, Path workDir) throws IOException, InterruptedException {
    Path out = Files.createTempFile(workDir, "out", ".txt");
    Path err = Files.createTempFile(workDir, "err", ".txt");
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    boolean done = p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
    if (!done) {
      p.destroyForcibly().waitFor();
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);
    String stdout = Files.readString(out, StandardCharsets.UTF_8);
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    Files.deleteIfExists(out);
    Files.deleteIfExists(err);
    return new ProcessRun(List.copyOf(command), done ? p.exitValue() : -1, stdout, stderr, elapsed);
  }
}
