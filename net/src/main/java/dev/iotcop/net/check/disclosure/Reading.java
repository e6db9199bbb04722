package dev.iotcop.net.check.disclosure;

import dev.iotcop.engine.evidence.Evidence;
import java.util.List;
import java.util.Optional;

/**
 * What one service revealed: the pieces of information, the evidence of how they were obtained, and, when the service
 * could not be read at all, why.
 */
record Reading(List<Disclosure> items, List<Evidence> evidence, Optional<String> failure) {
  Reading {
    items = List.copyOf(items);
    evidence = List.copyOf(evidence);
  }

  static Reading of(List<Disclosure> items, List<Evidence> evidence) {
    return new Reading(items, evidence, Optional.empty());
  }

  static Reading failed(String why, List<Evidence> evidence) {
    return new Reading(List.of(), evidence, Optional.of(why));
  }
}
