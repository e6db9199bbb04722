package dev.iotcop.net.check.disclosure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The rules of {@code disclosure-fields.csv}: which advertised field names carry which kind of information. */
final class DisclosureFields {
  static final String RESOURCE = "disclosure-fields.csv";

  enum Source {
    TXT,
    UPNP
  }

  record Rule(Source source, Pattern field, InfoKind kind) {}

  private final List<Rule> rules;

  private DisclosureFields(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  static DisclosureFields load() {
    try (InputStream in = DisclosureFields.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static DisclosureFields parse(List<String> lines) {
    List<Rule> rules = new ArrayList<>();
    boolean header = false;
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!header) {
        if (!line.strip().equals("source,field,kind")) {
          throw new IllegalArgumentException(RESOURCE + ": expected the header source,field,kind");
        }
        header = true;
        continue;
      }
      String[] f = line.strip().split(",");
      if (f.length != 3) {
        throw new IllegalArgumentException(RESOURCE + ": bad line " + line);
      }
      rules.add(new Rule(Source.valueOf(f[0].toUpperCase(java.util.Locale.ROOT)),
          Pattern.compile(f[1], Pattern.CASE_INSENSITIVE), InfoKind.valueOf(f[2])));
    }
    return new DisclosureFields(rules);
  }

  /** The kind of information a field holds, judged by its name and then by its value; empty for anything else. */
  Optional<InfoKind> classify(Source source, String field, String value) {
    if (VersionText.isMac(value)) {
      return Optional.of(InfoKind.MAC_ADDRESS);
    }
    for (Rule r : rules) {
      if (r.source() == source && r.field().matcher(field).matches()) {
        if (r.kind() == InfoKind.FIRMWARE_VERSION && VersionText.precise(value).isEmpty()) {
          return Optional.empty();
        }
        if (r.kind() == InfoKind.MAC_ADDRESS || value.isBlank()) {
          return Optional.empty();
        }
        return Optional.of(r.kind());
      }
    }
    return Optional.empty();
  }
}
