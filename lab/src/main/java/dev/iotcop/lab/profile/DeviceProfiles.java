package dev.iotcop.lab.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads device profiles from YAML: the bundled ones by name, or any file. */
public final class DeviceProfiles {
  private static final String BUNDLED = "dev/iotcop/lab/profiles/";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private DeviceProfiles() {}

  /** Names of the profiles shipped with the lab. */
  public static List<String> bundledNames() {
    String index = resource(BUNDLED + "index.txt");
    return index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
  }

  public static DeviceProfile bundled(String name) {
    if (!bundledNames().contains(name)) {
      throw new IllegalArgumentException("no bundled device profile '" + name + "'; known: " + bundledNames());
    }
    return parse(resource(BUNDLED + name + ".yaml"), name + ".yaml");
  }

  public static DeviceProfile read(Path file) {
    try {
      return parse(Files.readString(file), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read device profile " + file, e);
    }
  }

  /** A bundled profile by name, or else a YAML file at that path. */
  public static DeviceProfile resolve(String nameOrPath) {
    if (bundledNames().contains(nameOrPath)) {
      return bundled(nameOrPath);
    }
    Path file = Path.of(nameOrPath);
    if (Files.isRegularFile(file)) {
      return read(file);
    }
    throw new IllegalArgumentException(
        "'" + nameOrPath + "' is neither a bundled device profile " + bundledNames() + " nor a YAML file");
  }

  public static DeviceProfile parse(String yaml, String source) {
    try {
      return YAML.readValue(yaml, DeviceProfile.class);
    } catch (ValueInstantiationException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new IllegalArgumentException("invalid device profile " + source + ": " + cause.getMessage(), e);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
      throw new IllegalArgumentException("invalid device profile " + source + where + ": " + e.getOriginalMessage(), e);
    }
  }

  private static String resource(String path) {
    try (InputStream in = DeviceProfiles.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("lab resource missing from the class path: " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
