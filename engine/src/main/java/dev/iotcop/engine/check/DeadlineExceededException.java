package dev.iotcop.engine.check;

import java.time.Instant;

/** Thrown when work runs past the assessment deadline; the runner turns it into an INCONCLUSIVE finding. */
public final class DeadlineExceededException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DeadlineExceededException(Instant at) {
    super("deadline of " + at + " reached");
  }
}
