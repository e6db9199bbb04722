package dev.iotcop.engine;

/** How sure a check is of its finding. Only HIGH and MEDIUM failures make a provision FAIL. */
public enum Confidence {
  HIGH,
  MEDIUM,
  LOW;

  public boolean isConfident() {
    return this != LOW;
  }
}
