package dev.iotcop.engine.run;

import dev.iotcop.engine.Subject;
import java.time.Duration;

/** When one check ran on one subject: its start counted from the assessment's start, and how long it took. */
public record RunTime(String checkId, Subject subject, Duration start, Duration elapsed) {
  public Duration end() {
    return start.plus(elapsed);
  }
}
