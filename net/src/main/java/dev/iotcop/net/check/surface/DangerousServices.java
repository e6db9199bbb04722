package dev.iotcop.net.check.surface;

import dev.iotcop.engine.Confidence;
import dev.iotcop.engine.Transport;
import dev.iotcop.engine.fact.ServiceFact;
import dev.iotcop.net.check.DataTable;
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
    return parse(DataTable.lines(DangerousServices.class, RESOURCE));
  }

  static DangerousServices parse(List<String> lines) {
    List<DangerousService> rules = new ArrayList<>();
    for (DataTable.Row r : DataTable.rows(RESOURCE, lines, HEADER)) {
      if (!ID.matcher(r.get(0)).matches()) {
        throw r.error("bad id " + r.get(0));
      }
      OptionalInt port = r.get(2).isBlank() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(r.get(2).strip()));
      Optional<Pattern> banner = r.get(4).isBlank() ? Optional.empty()
          : Optional.of(Pattern.compile(r.get(4), Pattern.CASE_INSENSITIVE | Pattern.MULTILINE));
      rules.add(new DangerousService(r.get(0), Transport.valueOf(r.get(1).strip().toUpperCase(Locale.ROOT)), port, r.get(3).strip(),
          banner, Confidence.valueOf(r.get(5).strip()), r.get(6).strip()));
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
