package dev.iotcop.catalog.dcms;

/** The file is not a DCMS open-data mapping in the expected shape; the message says where and why. */
public final class DcmsFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  public DcmsFormatException(String message) {
    super(message);
  }

  public DcmsFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
