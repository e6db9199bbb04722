package dev.iotcop.net.proto.snmp;

import java.util.Optional;

/** The error-status values of RFC 3416 (0 to 5 also exist in SNMPv1). */
public enum SnmpError {
  NO_ERROR,
  TOO_BIG,
  NO_SUCH_NAME,
  BAD_VALUE,
  READ_ONLY,
  GEN_ERR,
  NO_ACCESS,
  WRONG_TYPE,
  WRONG_LENGTH,
  WRONG_ENCODING,
  WRONG_VALUE,
  NO_CREATION,
  INCONSISTENT_VALUE,
  RESOURCE_UNAVAILABLE,
  COMMIT_FAILED,
  UNDO_FAILED,
  AUTHORIZATION_ERROR,
  NOT_WRITABLE,
  INCONSISTENT_NAME;

  public int code() {
    return ordinal();
  }

  public static Optional<SnmpError> fromCode(int code) {
    return code >= 0 && code < values().length ? Optional.of(values()[code]) : Optional.empty();
  }
}
