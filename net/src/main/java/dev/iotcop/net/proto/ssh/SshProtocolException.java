package dev.iotcop.net.proto.ssh;

/** The bytes a peer sent are not well-formed SSH, or break one of our size limits. */
public final class SshProtocolException extends Exception {
  public SshProtocolException(String message) {
    super(message);
  }

  public SshProtocolException(String message, Throwable cause) {
    super(message, cause);
  }
}
