package dev.iotcop.cli.catalog;

import dev.iotcop.catalog.Catalog;
import dev.iotcop.catalog.Guideline;
import dev.iotcop.catalog.ItemRef;
import dev.iotcop.catalog.Provision;
import dev.iotcop.catalog.ReferenceItem;
import dev.iotcop.catalog.Standard;
import dev.iotcop.catalog.TestCase;
import dev.iotcop.catalog.query.CloseMatches;
import dev.iotcop.cli.UserError;
import java.util.ArrayList;
import java.util.List;

/** Turns what the user typed (standard, version, item id) into catalog objects, or a user error with close matches. */
final class CatalogResolver {
  private final Catalog catalog;

  CatalogResolver(Catalog catalog) {
    this.catalog = catalog;
  }

  Standard standard(String id) {
    return catalog.standard(id).orElseThrow(() -> new UserError("cli.error.unknown-standard",
        CloseMatches.of(id, catalog.standards().stream().map(Standard::id).toList(), 3), id,
        String.join(", ", catalog.standards().stream().map(Standard::id).toList())));
  }

  /** The EN 303 645 version to use: the one given, else the default. */
  String version(String given) {
    if (given == null) {
      return catalog.defaultEn303645Version();
    }
    String v = given.startsWith("V") || given.startsWith("v") ? given.substring(1) : given;
    if (!catalog.en303645Versions().contains(v)) {
      throw new UserError("cli.error.unknown-version", CloseMatches.of(v, catalog.en303645Versions(), 3), given,
          String.join(", ", catalog.en303645Versions()));
    }
    return v;
  }

  Provision provision(String version, String id) {
    return catalog.provision(version, id).orElseThrow(() -> new UserError("cli.error.unknown-provision",
        CloseMatches.of(id, catalog.provisions(version).stream().map(Provision::id).toList(), 4), id, version));
  }

  Guideline guideline(String id) {
    try {
      int n = Integer.parseInt(id);
      return catalog.guideline(n).orElseThrow(() -> new UserError("cli.error.unknown-guideline", id));
    } catch (NumberFormatException e) {
      throw new UserError("cli.error.unknown-guideline", id);
    }
  }

  TestCase testCase(String id) {
    return catalog.testCase(id).orElseThrow(() -> new UserError("cli.error.unknown-test-case",
        CloseMatches.of(id, catalog.testCases().stream().map(TestCase::id).toList(), 4), id));
  }

  ReferenceItem item(String standard, String id) {
    return catalog.item(standard, id).orElseThrow(() -> new UserError("cli.error.unknown-item",
        CloseMatches.of(id, catalog.items(standard).stream().map(ReferenceItem::id).toList(), 4), id, standard));
  }

  /**
   * Resolves an id to an item reference. With a standard, the id is looked up there; without one, a full reference
   * ({@code psti:sch1-para1}) is parsed, a number is a guideline, otherwise a provision of {@code version}, else a test case.
   */
  ItemRef resolve(String id, String standardId, String version) {
    if (standardId != null) {
      Standard s = standard(standardId);
      return switch (s.id()) {
        case Catalog.COP -> guideline(id).ref();
        case Catalog.EN303645 -> provision(version, id).ref();
        case Catalog.TS103701 -> testCase(id).ref();
        default -> item(s.id(), id).ref();
      };
    }
    if (id.contains(":")) {
      ItemRef ref;
      try {
        ref = ItemRef.parse(id);
      } catch (IllegalArgumentException e) {
        throw new UserError("cli.error.bad-reference", id);
      }
      if (ref.standard().equals(Catalog.EN303645) && !ref.hasVersion()) {
        ref = new ItemRef(Catalog.EN303645, version, ref.id());
      }
      if (!catalog.exists(ref)) {
        standard(ref.standard());
        return resolve(ref.id(), ref.standard(), ref.hasVersion() ? version(ref.version()) : version);
      }
      return ref;
    }
    if (id.matches("\\d+")) {
      return guideline(id).ref();
    }
    if (catalog.provision(version, id).isPresent()) {
      return catalog.provision(version, id).get().ref();
    }
    if (catalog.testCase(id).isPresent()) {
      return catalog.testCase(id).get().ref();
    }
    List<String> candidates = new ArrayList<>(catalog.provisions(version).stream().map(Provision::id).toList());
    candidates.addAll(catalog.testCases().stream().map(TestCase::id).toList());
    throw new UserError("cli.error.unknown-id", CloseMatches.of(id, candidates, 4), id, version);
  }
}
