package dev.iotcop.net.proto.securitytxt;

/** One problem found in a security.txt file, at a 1-based line of the file as served (0 for the whole file). */
public record SecurityTxtProblem(Severity severity, Kind kind, int line, String detail) {
  public enum Severity {
    ERROR,
    WARNING
  }

  public enum Kind {
    MISSING_CONTACT,
    MISSING_EXPIRES,
    MULTIPLE_EXPIRES,
    INVALID_EXPIRES,
    EXPIRED,
    EXPIRES_TOO_FAR,
    INVALID_URI,
    INSECURE_URI,
    MULTIPLE_PREFERRED_LANGUAGES,
    INVALID_LANGUAGE_TAG,
    INVALID_LINE,
    EMPTY_VALUE,
    MALFORMED_SIGNATURE,
    CONTENT_OUTSIDE_SIGNATURE
  }
}
