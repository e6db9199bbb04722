package dev.iotcop.net.identify;

import dev.iotcop.engine.Subject;
import dev.iotcop.engine.check.CheckContext;
import java.util.Optional;

/**
 * One way of asking an unknown port what it speaks, over one connection. Probes that get no recognisable answer
 * return empty; they never throw for ordinary network trouble.
 */
interface ServiceProbe {
  Optional<Identification> probe(CheckContext ctx, Subject.Service service) throws InterruptedException;
}
