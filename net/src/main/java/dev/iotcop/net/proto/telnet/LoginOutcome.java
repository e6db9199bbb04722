package dev.iotcop.net.proto.telnet;

/** How a telnet login attempt ended. */
public enum LoginOutcome {
  /** A shell prompt or shell banner followed the credentials. */
  ACCEPTED,
  /** The server said the login was wrong or asked for a login again. */
  REJECTED,
  /** The server closed the connection before a prompt, or said the account is locked or there were too many tries. */
  LOCKED_OR_THROTTLED,
  /** Nothing that looks like a login or password prompt came before the timeout. */
  NO_LOGIN_PROMPT,
  /** A shell prompt came before any login prompt: the service needs no credentials at all. */
  SHELL_WITHOUT_LOGIN,
  /** After the credentials, nothing recognisable came before the timeout. */
  UNDETERMINED
}
