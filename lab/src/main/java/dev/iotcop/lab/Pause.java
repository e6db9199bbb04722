package dev.iotcop.lab;

import java.time.Duration;

/** Sleeps in polling loops, turning an interrupt into a {@link LabException} with the flag kept. */
final class Pause {
  private Pause() {}

  static void briefly(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LabException("interrupted while waiting for the lab", e);
    }
  }
}
