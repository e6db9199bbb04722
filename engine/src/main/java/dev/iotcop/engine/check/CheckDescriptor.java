package dev.iotcop.engine.check;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a check is, inspectable without running it: a stable dotted id ({@code net.telnet.default-credentials}), its kind,
 * the EN 303 645 provisions it gives evidence for, the TS 103 701 test cases it automates, the kinds of fact it needs
 * ({@link Need}) and produces ({@link FactKind}), and every message key its findings may use (each must exist in all
 * languages). A check whose subject is a service produces facts about that service only.
 */
public record CheckDescriptor(
    String id,
    CheckKind kind,
    List<String> provisions,
    List<String> testCases,
    Set<Need> requires,
    Set<FactKind> produces,
    List<String> messageKeys) {

  public static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(\\.[a-z][a-z0-9-]*)+");

  public CheckDescriptor {
    provisions = List.copyOf(provisions);
    testCases = List.copyOf(testCases);
    requires = Set.copyOf(requires);
    produces = Set.copyOf(produces);
    messageKeys = List.copyOf(messageKeys);
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("check id must be dotted lower case, e.g. net.telnet.default-credentials: " + id);
    }
  }

  /** The message key of the check's title, shown in reports and rule lists. */
  public String titleKey() {
    return "check." + id + ".title";
  }

  /** The key a finding of this check uses for {@code suffix}, e.g. {@code check.net.tls.versions.fail}. */
  public String key(String suffix) {
    return "check." + id + "." + suffix;
  }
}
