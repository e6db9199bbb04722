package dev.iotcop.engine.run;

import dev.iotcop.engine.check.Check;
import dev.iotcop.engine.fact.Fact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Orders checks into stages by the facts they need and produce: a check runs once every check that produces a fact type
 * it requires has run. Checks in one stage run concurrently.
 */
public final class Planner {
  private Planner() {}

  public static List<List<Check>> stages(List<Check> checks) {
    List<Check> remaining = new ArrayList<>(checks);
    remaining.sort(Comparator.comparing(c -> c.descriptor().id()));
    List<List<Check>> stages = new ArrayList<>();
    while (!remaining.isEmpty()) {
      List<Check> ready = new ArrayList<>();
      for (Check c : remaining) {
        if (!waitsForAnother(c, remaining)) {
          ready.add(c);
        }
      }
      if (ready.isEmpty()) {
        throw new IllegalStateException("checks depend on each other's facts in a cycle: "
            + remaining.stream().map(c -> c.descriptor().id()).toList());
      }
      remaining.removeAll(ready);
      stages.add(List.copyOf(ready));
    }
    return stages;
  }

  private static boolean waitsForAnother(Check c, List<Check> remaining) {
    Set<Class<? extends Fact>> needs = new HashSet<>(c.descriptor().requires());
    for (Check other : remaining) {
      if (other == c) {
        continue;
      }
      for (Class<? extends Fact> produced : other.descriptor().produces()) {
        for (Class<? extends Fact> needed : needs) {
          if (needed.isAssignableFrom(produced)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
