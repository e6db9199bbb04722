package dev.iotcop.lab;

/** The lab could not start, observe or tear down a device; the message says what and why. */
public class LabException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LabException(String message) {
    super(message);
  }

  public LabException(String message, Throwable cause) {
    super(message, cause);
  }
}
