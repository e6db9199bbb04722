package dev.iotcop.engine.check;

import dev.iotcop.engine.Subject;
import dev.iotcop.engine.Target;
import dev.iotcop.engine.fact.Facts;
import java.util.List;

/**
 * The one abstraction for gathering evidence. A check is stateless: it says what it is ({@link #descriptor()}), which
 * subjects it applies to given the facts known so far, and produces findings and new facts for one subject at a time.
 * Checks are found with {@link java.util.ServiceLoader}; they must honour interruption and the context's deadline.
 */
public interface Check {
  CheckDescriptor descriptor();

  /** The subjects to run on, e.g. every identified telnet service; empty when the check does not apply. */
  List<? extends Subject> subjects(Target target, Facts facts);

  CheckResult run(CheckContext context, Subject subject) throws InterruptedException;
}
