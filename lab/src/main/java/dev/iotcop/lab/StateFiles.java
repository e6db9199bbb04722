package dev.iotcop.lab;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads and writes device state files; writes replace the file atomically so readers never see half a file. */
final class StateFiles {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private StateFiles() {}

  static void write(LabHost host, DeviceState state) {
    Path file = host.stateFile(state.name());
    try {
      Files.createDirectories(file.getParent());
      Path temporary = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
      JSON.writeValue(temporary.toFile(), state);
      try {
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new LabException("cannot write the device state " + file + ": " + e.getMessage(), e);
    }
  }

  static Optional<DeviceState> read(LabHost host, String name) {
    Path file = host.stateFile(name);
    try {
      return Optional.of(JSON.readValue(file.toFile(), DeviceState.class));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      if (!Files.exists(file)) {
        return Optional.empty();
      }
      throw new LabException("cannot read the device state " + file + ": " + e.getMessage(), e);
    }
  }

  static List<DeviceState> readAll(LabHost host) {
    List<DeviceState> states = new ArrayList<>();
    if (!Files.isDirectory(host.stateDirectory())) {
      return states;
    }
    try (Stream<Path> files = Files.list(host.stateDirectory())) {
      for (Path f : files.sorted().toList()) {
        String fileName = f.getFileName().toString();
        if (fileName.endsWith(".json")) {
          read(host, fileName.substring(0, fileName.length() - ".json".length())).ifPresent(states::add);
        }
      }
    } catch (IOException e) {
      throw new LabException("cannot list " + host.stateDirectory() + ": " + e.getMessage(), e);
    }
    return states;
  }

  static void delete(LabHost host, String name) {
    try {
      Files.deleteIfExists(host.stateFile(name));
    } catch (IOException e) {
      throw new LabException("cannot delete the device state of " + name + ": " + e.getMessage(), e);
    }
  }
}
