package dev.iotcop.engine.check;

import dev.iotcop.engine.Subject;

/**
 * Admits application sessions to a device within the politeness caps: at most N at once per device and M per service.
 * Every check opens its connections inside a permit: {@code try (var p = gate.open(service)) { ... }}.
 */
public interface ConnectionGate {
  Permit open(Subject.Service service) throws InterruptedException;

  /** Held while a session is open; closing it lets the next session in. */
  interface Permit extends AutoCloseable {
    /**
     * Tells the gate that the device closed its end of the session (it answered our close with its own), so the
     * session's place may be given back sooner than after the full linger. Call before {@link #close()}.
     */
    default void deviceClosed() {}

    @Override
    void close();
  }
}
