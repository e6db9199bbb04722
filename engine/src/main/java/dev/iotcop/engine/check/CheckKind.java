package dev.iotcop.engine.check;

/** Where a check gets its evidence. */
public enum CheckKind {
  DISCOVERY,
  NETWORK,
  FIRMWARE,
  DOCUMENT,
  DECLARATION
}
