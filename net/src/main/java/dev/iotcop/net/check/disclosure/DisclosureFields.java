package dev.iotcop.net.check.disclosure;

import dev.iotcop.net.check.DataTable;
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
    return parse(DataTable.lines(DisclosureFields.class, RESOURCE));
  }

  static DisclosureFields parse(List<String> lines) {
    List<Rule> rules = new ArrayList<>();
    for (DataTable.Row r : DataTable.rows(RESOURCE, lines, "source,field,kind")) {
      rules.add(new Rule(Source.valueOf(r.get(0).toUpperCase(java.util.Locale.ROOT)),
          Pattern.compile(r.get(1), Pattern.CASE_INSENSITIVE), InfoKind.valueOf(r.get(2))));
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
