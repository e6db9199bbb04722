package dev.iotcop.cli.assess;

import dev.iotcop.cli.UserError;
import dev.iotcop.engine.check.Check;
import dev.iotcop.engine.check.CheckKind;
import java.util.List;

/** Narrows the checks to those the user asked for; discovery checks always stay, since the others need their facts. */
final class CheckSelection {
  private CheckSelection() {}

  static List<Check> select(List<Check> all, List<String> prefixes) {
    if (prefixes == null || prefixes.isEmpty()) {
      return all;
    }
    for (String p : prefixes) {
      if (all.stream().noneMatch(c -> c.descriptor().id().startsWith(p))) {
        throw new UserError("cli.assess.error.unknown-check", dev.iotcop.catalog.query.CloseMatches.of(p,
            all.stream().map(c -> c.descriptor().id()).toList(), 3), p);
      }
    }
    return all.stream()
        .filter(c -> c.descriptor().kind() == CheckKind.DISCOVERY || prefixes.stream().anyMatch(p -> c.descriptor().id().startsWith(p)))
        .toList();
  }
}
