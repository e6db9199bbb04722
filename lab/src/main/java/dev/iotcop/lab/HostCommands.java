package dev.iotcop.lab;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs short host commands (ip, openssl, ssh-keygen, ...) with a deadline, capturing their output. */
public final class HostCommands {
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
  private static final Map<String, String> ENVIRONMENT = Map.of(
      "PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "LANG", "C", "LC_ALL", "C");

  private HostCommands() {}

  public static CommandResult run(List<String> command) {
    return run(command, null, null, DEFAULT_TIMEOUT);
  }

  public static CommandResult run(List<String> command, Path workingDirectory) {
    return run(command, null, workingDirectory, DEFAULT_TIMEOUT);
  }

  /** Runs {@code command}, feeding {@code input} (may be null) on stdin; kills it when {@code timeout} passes. */
  public static CommandResult run(List<String> command, String input, Path workingDirectory, Duration timeout) {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().clear();
    builder.environment().putAll(ENVIRONMENT);
    if (workingDirectory != null) {
      builder.directory(workingDirectory.toFile());
    }
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new LabException("cannot run " + command.getFirst() + ": " + e.getMessage(), e);
    }
    CompletableFuture<String> output = new CompletableFuture<>();
    Thread.ofVirtual().start(() -> output.complete(readAll(process.getInputStream())));
    try (OutputStream stdin = process.getOutputStream()) {
      if (input != null) {
        stdin.write(input.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException ignored) {
      // the command may not read its input; what it printed says more than the broken pipe
    }
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new LabException("command timed out after " + timeout.toSeconds() + " s: " + String.join(" ", command));
      }
      return new CommandResult(List.copyOf(command), process.exitValue(), output.get(5, TimeUnit.SECONDS));
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new LabException("interrupted while running " + String.join(" ", command), e);
    } catch (ExecutionException | TimeoutException e) {
      throw new LabException("cannot read the output of " + String.join(" ", command), e);
    }
  }

  private static String readAll(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, String> environment() {
    return ENVIRONMENT;
  }
}
