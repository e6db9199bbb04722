package dev.iotcop.net.check.surface;

import dev.iotcop.engine.Confidence;
import dev.iotcop.engine.Transport;
import dev.iotcop.engine.fact.ServiceFact;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/** The rules of {@code dangerous-services.csv}, in file order; the first rule a service matches decides. */
final class DangerousServices {
  static final String RESOURCE = "dangerous-services.csv";
  private static final String HEADER = "id,transport,port,protocol,banner,confidence,reason";
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

  private final List<DangerousService> rules;

  private DangerousServices(List<DangerousService> rules) {
    this.rules = List.copyOf(rules);
  }

  static DangerousServices load() {
    try (InputStream in = DangerousServices.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static DangerousServices parse(List<String> lines) {
    List<DangerousService> rules = new ArrayList<>();
    boolean header = false;
    int number = 0;
    for (String line : lines) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!header) {
        if (!line.strip().equals(HEADER)) {
          throw new IllegalArgumentException(RESOURCE + " line " + number + ": expected the header " + HEADER);
        }
        header = true;
        continue;
      }
      String[] f = line.split(",", 7);
      if (f.length != 7) {
        throw new IllegalArgumentException(RESOURCE + " line " + number + ": 7 columns expected");
      }
      if (!ID.matcher(f[0]).matches()) {
        throw new IllegalArgumentException(RESOURCE + " line " + number + ": bad id " + f[0]);
      }
      OptionalInt port = f[2].isBlank() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(f[2].strip()));
      Optional<Pattern> banner = f[4].isBlank() ? Optional.empty()
          : Optional.of(Pattern.compile(f[4], Pattern.CASE_INSENSITIVE | Pattern.MULTILINE));
      rules.add(new DangerousService(f[0], Transport.valueOf(f[1].strip().toUpperCase(Locale.ROOT)), port, f[3].strip(),
          banner, Confidence.valueOf(f[5].strip()), f[6].strip()));
    }
    if (rules.stream().map(DangerousService::id).distinct().count() != rules.size()) {
      throw new IllegalArgumentException(RESOURCE + ": rule ids must be unique");
    }
    return new DangerousServices(rules);
  }

  List<DangerousService> rules() {
    return rules;
  }

  Optional<DangerousService> match(ServiceFact service) {
    return rules.stream().filter(r -> r.matches(service)).findFirst();
  }
}
