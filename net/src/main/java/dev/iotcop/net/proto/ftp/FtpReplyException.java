package dev.iotcop.net.proto.ftp;

/** The server's replies could not be read as FTP (malformed reply lines, or more bytes than the session allows). */
public final class FtpReplyException extends Exception {
  public FtpReplyException(String message, Throwable cause) {
    super(message, cause);
  }
}
