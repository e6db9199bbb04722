package dev.iotcop.engine.check;

import dev.iotcop.engine.Transport;
import dev.iotcop.engine.fact.Fact;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A kind of fact: a fact type, narrowed to facts about services on some transports. A fact that concerns no service
 * (the device's identity, say) belongs to every transport. Narrowing lets a check on TCP services start before the
 * slower UDP discovery has finished.
 */
public record FactKind(Class<? extends Fact> type, Set<Transport> transports) {
  public FactKind {
    if (transports.isEmpty()) {
      throw new IllegalArgumentException("a fact kind needs at least one transport");
    }
    transports = Set.copyOf(transports);
  }

  public static FactKind of(Class<? extends Fact> type) {
    return new FactKind(type, EnumSet.allOf(Transport.class));
  }

  public static FactKind tcp(Class<? extends Fact> type) {
    return new FactKind(type, EnumSet.of(Transport.TCP));
  }

  public static FactKind udp(Class<? extends Fact> type) {
    return new FactKind(type, EnumSet.of(Transport.UDP));
  }

  /** Whether facts a check declares as {@code produced} may be of this kind. */
  public boolean admits(FactKind produced) {
    return type.isAssignableFrom(produced.type) && !Collections.disjoint(transports, produced.transports);
  }

  /** Whether {@code fact} is of this kind. */
  public boolean includes(Fact fact) {
    return type.isInstance(fact) && fact.concerning().map(s -> transports.contains(s.transport())).orElse(true);
  }
}
