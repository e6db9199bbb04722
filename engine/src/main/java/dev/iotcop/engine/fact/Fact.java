package dev.iotcop.engine.fact;

import dev.iotcop.engine.Subject;
import java.util.Optional;

/**
 * Something learnt about the target that other checks build on: an open port, an identified service, the device's
 * identity. Facts are immutable records; checks declare the kinds of fact they need and produce, and the runner starts
 * each check once what it needs is known.
 */
public interface Fact {
  /**
   * The network service this fact is about, when it is about one. The runner uses its address, port and transport to
   * tell which facts a check on one service can wait for and see; protocol may be {@code unknown}.
   */
  default Optional<Subject.Service> concerning() {
    return Optional.empty();
  }
}
