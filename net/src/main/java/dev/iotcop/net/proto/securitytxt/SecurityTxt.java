package dev.iotcop.net.proto.securitytxt;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A parsed security.txt: every field in file order (unknown ones included), whether it came PGP cleartext-signed
 * (the signature is not verified), and the problems found against RFC 9116.
 */
public record SecurityTxt(List<Field> fields, boolean signed, Optional<OffsetDateTime> expires,
    List<SecurityTxtProblem> problems) {

  public SecurityTxt {
    fields = List.copyOf(fields);
    problems = List.copyOf(problems);
  }

  /** One "Name: value" line; {@code name} as written, {@code line} 1-based in the file as served. */
  public record Field(String name, String value, int line) {
    public Optional<SecurityTxtField> known() {
      return SecurityTxtField.byName(name);
    }
  }

  public List<String> values(SecurityTxtField field) {
    return fields.stream().filter(f -> f.known().equals(Optional.of(field))).map(Field::value).toList();
  }

  public List<String> contacts() {
    return values(SecurityTxtField.CONTACT);
  }

  public List<Field> unknownFields() {
    return fields.stream().filter(f -> f.known().isEmpty()).toList();
  }

  public List<SecurityTxtProblem> errors() {
    return problems.stream().filter(p -> p.severity() == SecurityTxtProblem.Severity.ERROR).toList();
  }

  public List<SecurityTxtProblem> warnings() {
    return problems.stream().filter(p -> p.severity() == SecurityTxtProblem.Severity.WARNING).toList();
  }

  public boolean valid() {
    return errors().isEmpty();
  }

  public boolean has(SecurityTxtProblem.Kind kind) {
    return problems.stream().anyMatch(p -> p.kind() == kind);
  }

  /** The fields as an unsigned file, one per line with LF endings. */
  public static String write(List<Field> fields) {
    StringBuilder b = new StringBuilder();
    for (Field f : fields) {
      b.append(f.name()).append(": ").append(f.value()).append('\n');
    }
    return b.toString();
  }
}
