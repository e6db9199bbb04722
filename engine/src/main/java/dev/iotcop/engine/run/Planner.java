package dev.iotcop.engine.run;

import dev.iotcop.engine.check.Check;
import dev.iotcop.engine.check.FactKind;
import dev.iotcop.engine.check.Need;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who waits for whom among the checks of one assessment: a check waits for each other check that declares it produces
 * a kind of fact the check needs. There are no stages: a check on TCP services does not wait for UDP discovery, and a
 * check that needs facts about its own subject waits only for the runs on that subject (see {@link Need}). Checks that
 * would wait for each other in a cycle are refused up front.
 */
public final class Planner {
  private final List<Check> order;
  private final Map<Check, Map<Need, List<Check>>> producers;

  private Planner(List<Check> order, Map<Check, Map<Need, List<Check>>> producers) {
    this.order = order;
    this.producers = producers;
  }

  public static Planner of(List<Check> checks) {
    Map<Check, Map<Need, List<Check>>> producers = new HashMap<>();
    for (Check c : checks) {
      Map<Need, List<Check>> byNeed = new LinkedHashMap<>();
      for (Need need : c.descriptor().requires()) {
        byNeed.put(need, checks.stream().filter(p -> !p.equals(c) && produces(p, need.kind())).toList());
      }
      producers.put(c, byNeed);
    }
    return new Planner(topologicalOrder(checks, producers), producers);
  }

  private static boolean produces(Check p, FactKind needed) {
    return p.descriptor().produces().stream().anyMatch(needed::admits);
  }

  /** The other checks that may produce the facts {@code need} of {@code check} asks for. */
  public List<Check> producers(Check check, Need need) {
    return producers.get(check).getOrDefault(need, List.of());
  }

  /** Every check after each check it waits for; checks that could run side by side come in order of id. */
  public List<Check> order() {
    return order;
  }

  private static List<Check> topologicalOrder(List<Check> checks, Map<Check, Map<Need, List<Check>>> producers) {
    List<Check> remaining = new ArrayList<>(checks);
    remaining.sort(Comparator.comparing(c -> c.descriptor().id()));
    List<Check> placed = new ArrayList<>();
    while (!remaining.isEmpty()) {
      List<Check> ready = remaining.stream()
          .filter(c -> producers.get(c).values().stream().flatMap(List::stream).allMatch(placed::contains))
          .toList();
      if (ready.isEmpty()) {
        throw new IllegalStateException("checks depend on each other's facts in a cycle: "
            + remaining.stream().map(c -> c.descriptor().id()).toList());
      }
      placed.addAll(ready);
      remaining.removeAll(ready);
    }
    return List.copyOf(placed);
  }
}
