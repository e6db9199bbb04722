package dev.iotcop.catalog.query;

import dev.iotcop.catalog.Catalog;
import dev.iotcop.catalog.ItemRef;
import dev.iotcop.catalog.Relation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers "what does this item correspond to in that standard": direct relations first; when there are none, paths
 * of two edges through EN 303 645 provisions, which is how most regimes connect to the Code of Practice.
 */
public final class CatalogMapper {
  private final Catalog catalog;

  public CatalogMapper(Catalog catalog) {
    this.catalog = catalog;
  }

  /** One mapped item with the edges that lead to it ({@code via} is empty for a direct relation). */
  public record Mapping(ItemRef target, List<Relation> path) {
    public boolean direct() {
      return path.size() == 1;
    }
  }

  public List<Mapping> map(ItemRef from, String toStandard) {
    List<Mapping> direct = new ArrayList<>();
    for (Relation r : catalog.relationsOf(from)) {
      if (r.to().standard().equals(toStandard)) {
        direct.add(new Mapping(r.to(), List.of(r)));
      }
    }
    if (!direct.isEmpty()) {
      return direct;
    }
    Map<ItemRef, Mapping> viaProvisions = new LinkedHashMap<>();
    for (Relation first : catalog.relationsOf(from)) {
      if (!first.to().standard().equals(Catalog.EN303645)) {
        continue;
      }
      for (Relation second : catalog.relationsOf(first.to())) {
        if (second.to().standard().equals(toStandard) && !second.to().equals(from)) {
          viaProvisions.putIfAbsent(second.to(), new Mapping(second.to(), List.of(first, second)));
        }
      }
    }
    List<Mapping> out = new ArrayList<>(viaProvisions.values());
    out.sort((a, b) -> a.target().compareTo(b.target()));
    return out;
  }
}
