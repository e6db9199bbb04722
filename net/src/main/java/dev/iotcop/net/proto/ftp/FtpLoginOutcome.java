package dev.iotcop.net.proto.ftp;

/** How a USER/PASS exchange ended, from the final reply code. */
public enum FtpLoginOutcome {
  /** 230: logged in. */
  ACCEPTED,
  /** 530 (or another 5xx): refused. */
  REJECTED,
  /** 421: too many connections, or the service is closing; try later. */
  TOO_MANY_CONNECTIONS,
  /** 332: the server also wants an ACCT; not pursued. */
  NEEDS_ACCOUNT,
  /** The connection ended without a final reply. */
  CLOSED,
  /** Any other reply. */
  UNEXPECTED;

  static FtpLoginOutcome fromCode(int code) {
    return switch (code) {
      case 230 -> ACCEPTED;
      case 421 -> TOO_MANY_CONNECTIONS;
      case 332 -> NEEDS_ACCOUNT;
      default -> code >= 500 && code < 600 ? REJECTED : UNEXPECTED;
    };
  }
}
