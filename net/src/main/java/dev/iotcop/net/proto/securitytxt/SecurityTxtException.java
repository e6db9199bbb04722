package dev.iotcop.net.proto.securitytxt;

/** The file cannot be read as security.txt at all: too large, or not UTF-8 text. Content problems are not thrown. */
public final class SecurityTxtException extends Exception {
  public SecurityTxtException(String message) {
    super(message);
  }
}
