package dev.iotcop.engine.fact;

import dev.iotcop.engine.Subject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** An immutable set of facts. Adding returns a new instance; duplicates are dropped. */
public final class Facts {
  private static final Facts EMPTY = new Facts(Set.of());
  private final Set<Fact> facts;

  private Facts(Set<Fact> facts) {
    this.facts = facts;
  }

  public static Facts empty() {
    return EMPTY;
  }

  public static Facts of(Collection<? extends Fact> facts) {
    return EMPTY.plus(facts);
  }

  public Facts plus(Collection<? extends Fact> more) {
    if (more.isEmpty()) {
      return this;
    }
    Set<Fact> all = new LinkedHashSet<>(facts);
    all.addAll(more);
    return new Facts(java.util.Collections.unmodifiableSet(all));
  }

  /** The facts that satisfy {@code keep}. */
  public Facts filter(Predicate<? super Fact> keep) {
    Set<Fact> kept = new LinkedHashSet<>();
    for (Fact f : facts) {
      if (keep.test(f)) {
        kept.add(f);
      }
    }
    return kept.size() == facts.size() ? this : new Facts(java.util.Collections.unmodifiableSet(kept));
  }

  public <T extends Fact> List<T> all(Class<T> type) {
    List<T> out = new ArrayList<>();
    for (Fact f : facts) {
      if (type.isInstance(f)) {
        out.add(type.cast(f));
      }
    }
    return out;
  }

  /** Identified services speaking one of the given protocols (all services when none is given). */
  public List<ServiceFact> services(String... protocols) {
    Set<String> wanted = Set.of(protocols);
    return all(ServiceFact.class).stream().filter(s -> wanted.isEmpty() || wanted.contains(s.protocol())).toList();
  }

  public List<Subject.Service> serviceSubjects(String... protocols) {
    return services(protocols).stream().map(ServiceFact::service).toList();
  }

  public int size() {
    return facts.size();
  }

  public Set<Fact> asSet() {
    return facts;
  }
}
