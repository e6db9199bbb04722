package dev.iotcop.net.check.credentials;

import dev.iotcop.engine.check.ConnectionGate;

/**
 * Ends a login session off the guessing thread. The answer to a guess counts as soon as it is read, so a working pair
 * stops the other sessions at once, while the session itself is closed the considerate way (our half-close, then a
 * short wait for the device to close its end) and its place in the gate given back afterwards.
 */
final class SessionEnding {
  /** Closes the session; true when the device was seen closing its end. Releases everything the session holds. */
  interface Ending {
    boolean end();
  }

  private SessionEnding() {}

  /** Starts ending the session; returns the thread doing it, or null when it was done here. */
  static Thread inBackground(ConnectionGate.Permit permit, Ending ending) {
    Runnable work = () -> {
      try {
        if (ending.end()) {
          permit.deviceClosed();
        }
      } catch (RuntimeException e) {
        // The guess's answer was already read; a session that cannot be ended politely just gets the whole linger.
      } finally {
        permit.close();
      }
    };
    try {
      return Thread.ofVirtual().name("iotcop-session-end").start(work);
    } catch (RuntimeException | OutOfMemoryError e) {
      work.run();
      return null;
    }
  }
}
