package dev.iotcop.lab.daemon;

import dev.iotcop.lab.profile.ServiceSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How to run one service of a device, once its files are written: the command (run inside the device's namespaces),
 * its environment, the logs it writes, the shell lines the device's mount namespace needs before it starts, and how
 * to tell it is ready.
 *
 * @param syslogTags program names whose lines in the device syslog belong to this service
 * @param artifacts files a test may want, such as {@code certificate}
 */
public record DaemonPlan(
    ServiceSpec service,
    List<String> command,
    Map<String, String> environment,
    List<Path> logFiles,
    List<String> syslogTags,
    List<String> mountSetup,
    List<Readiness> readiness,
    Map<String, Path> artifacts) {

  public DaemonPlan {
    command = List.copyOf(command);
    environment = Map.copyOf(environment);
    logFiles = List.copyOf(logFiles);
    syslogTags = List.copyOf(syslogTags);
    mountSetup = List.copyOf(mountSetup);
    readiness = List.copyOf(readiness);
    artifacts = Map.copyOf(artifacts);
  }

  public String name() {
    return service.name();
  }

  public static Builder builder(ServiceSpec service) {
    return new Builder(service);
  }

  /** Collects a plan piece by piece; recipes fill it in as they write the daemon's files. */
  public static final class Builder {
    private final ServiceSpec service;
    private final List<String> command = new java.util.ArrayList<>();
    private final Map<String, String> environment = new java.util.LinkedHashMap<>();
    private final List<Path> logFiles = new java.util.ArrayList<>();
    private final List<String> syslogTags = new java.util.ArrayList<>();
    private final List<String> mountSetup = new java.util.ArrayList<>();
    private final List<Readiness> readiness = new java.util.ArrayList<>();
    private final Map<String, Path> artifacts = new java.util.LinkedHashMap<>();

    private Builder(ServiceSpec service) {
      this.service = service;
    }

    public Builder command(Object... words) {
      for (Object w : words) {
        command.add(w.toString());
      }
      return this;
    }

    public Builder environment(String name, String value) {
      environment.put(name, value);
      return this;
    }

    public Builder log(Path file) {
      logFiles.add(file);
      return this;
    }

    public Builder syslogTags(String... tags) {
      syslogTags.addAll(List.of(tags));
      return this;
    }

    public Builder mountSetup(String shellLine) {
      mountSetup.add(shellLine);
      return this;
    }

    public Builder readyWhen(Readiness check) {
      readiness.add(check);
      return this;
    }

    public Builder artifact(String key, Path file) {
      artifacts.put(key, file);
      return this;
    }

    public DaemonPlan build() {
      if (command.isEmpty()) {
        throw new IllegalStateException("no command for " + service.name());
      }
      return new DaemonPlan(service, command, environment, logFiles, syslogTags, mountSetup, readiness, artifacts);
    }
  }
}
