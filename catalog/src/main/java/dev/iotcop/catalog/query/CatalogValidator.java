package dev.iotcop.catalog.query;

import dev.iotcop.catalog.Catalog;
import dev.iotcop.catalog.Condition;
import dev.iotcop.catalog.Language;
import dev.iotcop.catalog.Provision;
import dev.iotcop.catalog.Relation;
import dev.iotcop.catalog.TestCase;
import java.util.ArrayList;
import java.util.List;

/** Checks the integrity of a loaded catalog: references resolve, conditions exist, texts exist in every language. */
public final class CatalogValidator {
  private CatalogValidator() {}

  public record Problem(String where, String what) {
    @Override
    public String toString() {
      return where + ": " + what;
    }
  }

  public static List<Problem> validate(Catalog catalog) {
    List<Problem> problems = new ArrayList<>();
    for (String version : catalog.en303645Versions()) {
      for (Provision p : catalog.provisions(version)) {
        for (String c : p.status().allConditionIds()) {
          if (catalog.condition(version, c).isEmpty()) {
            problems.add(new Problem(p.ref().toString(), "status names condition " + c + " which V" + version + " does not define"));
          }
        }
      }
      for (Condition c : catalog.conditions(version)) {
        boolean used = catalog.provisions(version).stream().anyMatch(p -> p.status().allConditionIds().contains(c.id()));
        if (!used) {
          problems.add(new Problem(c.ref().toString(), "condition is used by no provision"));
        }
      }
    }
    for (TestCase t : catalog.testCases()) {
      if (!catalog.exists(t.provisionRef())) {
        problems.add(new Problem(t.ref().toString(), "names provision " + t.provision() + " which does not exist"));
      }
      if (!t.id().startsWith(t.provision() + "-")) {
        problems.add(new Problem(t.ref().toString(), "id does not start with its provision " + t.provision()));
      }
    }
    for (Provision p : catalog.provisions(Catalog.TS103701_TARGET_VERSION)) {
      if (catalog.testCasesFor(Catalog.TS103701_TARGET_VERSION, p.id()).isEmpty()) {
        problems.add(new Problem(p.ref().toString(), "has no TS 103 701 test case"));
      }
    }
    for (Relation r : catalog.relations()) {
      for (var end : List.of(r.from(), r.to())) {
        if (catalog.standard(end.standard()).isEmpty()) {
          problems.add(new Problem(r.from() + " -> " + r.to(), "unknown standard " + end.standard()));
        } else if (!catalog.exists(end)) {
          problems.add(new Problem(r.from() + " -> " + r.to(), "endpoint " + end + " does not exist"));
        }
      }
      if (r.source().isBlank()) {
        problems.add(new Problem(r.from() + " -> " + r.to(), "relation has no source"));
      }
    }
    for (var ref : catalog.textualItems()) {
      for (String field : List.of(".title", ".summary")) {
        String key = ref.textKey() + field;
        if (!catalog.texts().has(key)) {
          problems.add(new Problem(ref.toString(), "no English text " + key));
        }
      }
    }
    for (Language lang : Language.values()) {
      for (String key : catalog.texts().missing(lang)) {
        problems.add(new Problem("texts/" + lang.code(), "missing " + key));
      }
      for (String key : catalog.texts().extra(lang)) {
        problems.add(new Problem("texts/" + lang.code(), "key not in English (stale or mistyped): " + key));
      }
    }
    return problems;
  }
}
