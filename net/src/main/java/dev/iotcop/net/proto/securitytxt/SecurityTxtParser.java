package dev.iotcop.net.proto.securitytxt;

import dev.iotcop.net.proto.securitytxt.SecurityTxtProblem.Kind;
import dev.iotcop.net.proto.securitytxt.SecurityTxtProblem.Severity;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads and checks a security.txt file against RFC 9116. Lines may end in CRLF or LF. A PGP cleartext-signed file has
 * its armour and dash-escaping removed and is reported as signed; the signature itself is not verified. Problems carry
 * the line number in the file as served and come sorted by it, whole-file problems (line 0) last.
 */
public final class SecurityTxtParser {
  /** Far more than any real file; larger input is refused outright. */
  public static final int MAX_BYTES = 64 * 1024;
  private static final String BEGIN_SIGNED = "-----BEGIN PGP SIGNED MESSAGE-----";
  private static final String BEGIN_SIGNATURE = "-----BEGIN PGP SIGNATURE-----";
  private static final String END_SIGNATURE = "-----END PGP SIGNATURE-----";
  private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z0-9-]{1,64}");
  private static final Pattern RFC3339 =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})");
  private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8}){0,8}");

  private SecurityTxtParser() {}

  public static SecurityTxt parse(byte[] data, Instant now) throws SecurityTxtException {
    if (data.length > MAX_BYTES) {
      throw new SecurityTxtException("file of " + data.length + " bytes exceeds " + MAX_BYTES);
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
      return parse(text, now);
    } catch (CharacterCodingException e) {
      throw new SecurityTxtException("file is not valid UTF-8");
    }
  }

  public static SecurityTxt parse(String text, Instant now) throws SecurityTxtException {
    if (text.length() > MAX_BYTES) {
      throw new SecurityTxtException("file exceeds " + MAX_BYTES + " characters");
    }
    if (text.indexOf('\0') >= 0) {
      throw new SecurityTxtException("file contains NUL characters, so it is not text");
    }
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<String> lines = List.of(t.split("\r?\n", -1));
    List<SecurityTxtProblem> problems = new ArrayList<>();
    List<NumberedLine> content = new ArrayList<>();
    boolean signed = unwrap(lines, content, problems);
    List<SecurityTxt.Field> fields = new ArrayList<>();
    for (NumberedLine l : content) {
      String line = l.text.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      String name = colon < 0 ? "" : line.substring(0, colon);
      if (!FIELD_NAME.matcher(name).matches()) {
        problems.add(error(Kind.INVALID_LINE, l.number, "not a comment and not 'Name: value': " + shorten(line)));
        continue;
      }
      String value = line.substring(colon + 1).strip();
      if (value.isEmpty()) {
        problems.add(error(Kind.EMPTY_VALUE, l.number, name + " has no value"));
        continue;
      }
      fields.add(new SecurityTxt.Field(name, value, l.number));
    }
    Optional<OffsetDateTime> expires = validate(fields, now, problems);
    problems.sort(Comparator.comparingInt(p -> p.line() == 0 ? Integer.MAX_VALUE : p.line()));
    return new SecurityTxt(fields, signed, expires, problems);
  }

  private record NumberedLine(int number, String text) {}

  /** Copies the message lines into {@code content}, removing PGP armour when present; returns whether it was signed. */
  private static boolean unwrap(List<String> lines, List<NumberedLine> content, List<SecurityTxtProblem> problems) {
    int first = 0;
    while (first < lines.size() && lines.get(first).isBlank()) {
      first++;
    }
    if (first >= lines.size() || !lines.get(first).strip().equals(BEGIN_SIGNED)) {
      for (int i = 0; i < lines.size(); i++) {
        content.add(new NumberedLine(i + 1, lines.get(i)));
      }
      return false;
    }
    int i = first + 1;
    while (i < lines.size() && !lines.get(i).isBlank()) {
      i++;
    }
    if (i >= lines.size()) {
      problems.add(error(Kind.MALFORMED_SIGNATURE, first + 1, "signed message has no blank line after its headers"));
      return true;
    }
    i++;
    boolean signatureFound = false;
    for (; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.strip().equals(BEGIN_SIGNATURE)) {
        signatureFound = true;
        break;
      }
      content.add(new NumberedLine(i + 1, line.startsWith("- ") ? line.substring(2) : line));
    }
    if (!signatureFound) {
      problems.add(error(Kind.MALFORMED_SIGNATURE, first + 1, "signed message has no signature block"));
      return true;
    }
    int begin = i;
    for (; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(END_SIGNATURE)) {
        break;
      }
    }
    if (i >= lines.size()) {
      problems.add(error(Kind.MALFORMED_SIGNATURE, begin + 1, "signature block is not closed"));
      return true;
    }
    for (int j = i + 1; j < lines.size(); j++) {
      if (!lines.get(j).isBlank()) {
        problems.add(error(Kind.CONTENT_OUTSIDE_SIGNATURE, j + 1, "text after the signature block is not signed"));
        break;
      }
    }
    return true;
  }

  private static Optional<OffsetDateTime> validate(List<SecurityTxt.Field> fields, Instant now,
      List<SecurityTxtProblem> problems) {
    Optional<OffsetDateTime> expires = Optional.empty();
    int expiresCount = 0;
    int contactCount = 0;
    int languagesCount = 0;
    for (SecurityTxt.Field f : fields) {
      Optional<SecurityTxtField> known = f.known();
      if (known.isEmpty()) {
        continue;
      }
      SecurityTxtField kind = known.get();
      if (kind.uriValued()) {
        checkUri(f, problems);
      }
      switch (kind) {
        case CONTACT -> contactCount++;
        case EXPIRES -> {
          expiresCount++;
          if (expiresCount > 1) {
            problems.add(error(Kind.MULTIPLE_EXPIRES, f.line(), "Expires appears more than once"));
          }
          Optional<OffsetDateTime> parsed = parseDate(f.value());
          if (parsed.isEmpty()) {
            problems.add(error(Kind.INVALID_EXPIRES, f.line(), "not an RFC 3339 date-time: " + shorten(f.value())));
          } else if (expires.isEmpty()) {
            expires = parsed;
            checkExpiry(parsed.get(), now, f.line(), problems);
          }
        }
        case PREFERRED_LANGUAGES -> {
          languagesCount++;
          if (languagesCount > 1) {
            problems.add(error(Kind.MULTIPLE_PREFERRED_LANGUAGES, f.line(), "Preferred-Languages appears more than once"));
          }
          for (String tag : f.value().split(",", -1)) {
            if (!LANGUAGE_TAG.matcher(tag.strip()).matches()) {
              problems.add(error(Kind.INVALID_LANGUAGE_TAG, f.line(), "not a language tag: " + shorten(tag.strip())));
            }
          }
        }
        default -> { }
      }
    }
    if (contactCount == 0) {
      problems.add(error(Kind.MISSING_CONTACT, 0, "no Contact field"));
    }
    if (expiresCount == 0) {
      problems.add(error(Kind.MISSING_EXPIRES, 0, "no Expires field"));
    }
    return expires;
  }

  private static void checkUri(SecurityTxt.Field f, List<SecurityTxtProblem> problems) {
    try {
      URI uri = new URI(f.value());
      if (!uri.isAbsolute()) {
        problems.add(error(Kind.INVALID_URI, f.line(), f.name() + " is not an absolute URI: " + shorten(f.value())));
      } else if (uri.getScheme().toLowerCase(Locale.ROOT).equals("http")) {
        problems.add(error(Kind.INSECURE_URI, f.line(), f.name() + " uses http: where https: is required"));
      }
    } catch (URISyntaxException e) {
      problems.add(error(Kind.INVALID_URI, f.line(), f.name() + " is not a URI: " + shorten(f.value())));
    }
  }

  private static void checkExpiry(OffsetDateTime expires, Instant now, int line, List<SecurityTxtProblem> problems) {
    if (!expires.toInstant().isAfter(now)) {
      problems.add(error(Kind.EXPIRED, line, "expired at " + expires));
    } else if (expires.toInstant().isAfter(now.atOffset(ZoneOffset.UTC).plusYears(1).toInstant())) {
      problems.add(new SecurityTxtProblem(Severity.WARNING, Kind.EXPIRES_TOO_FAR, line,
          "expires more than a year ahead, at " + expires));
    }
  }

  static Optional<OffsetDateTime> parseDate(String value) {
    String v = value.toUpperCase(Locale.ROOT);
    if (!RFC3339.matcher(v).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(v, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static SecurityTxtProblem error(Kind kind, int line, String detail) {
    return new SecurityTxtProblem(Severity.ERROR, kind, line, detail);
  }

  private static String shorten(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "..." : s;
  }
}
