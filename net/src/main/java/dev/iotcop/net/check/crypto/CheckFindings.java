package dev.iotcop.net.check.crypto;

import dev.iotcop.engine.Confidence;
import dev.iotcop.engine.Finding;
import dev.iotcop.engine.Outcome;
import dev.iotcop.engine.Subject;
import dev.iotcop.engine.check.CheckDescriptor;
import dev.iotcop.engine.evidence.Evidence;
import java.util.List;

/** Builds the findings of one check about one subject, naming the check's provisions unless told otherwise. */
record CheckFindings(CheckDescriptor descriptor, Subject subject, List<String> provisions) {
  CheckFindings {
    provisions = List.copyOf(provisions);
  }

  static CheckFindings of(CheckDescriptor descriptor, Subject subject) {
    return new CheckFindings(descriptor, subject, descriptor.provisions());
  }

  CheckFindings naming(String... provisionIds) {
    return new CheckFindings(descriptor, subject, List.of(provisionIds));
  }

  Finding pass(String suffix, List<String> args, List<Evidence> evidence) {
    return finding(Outcome.PASS, suffix, args, evidence, Confidence.HIGH);
  }

  Finding fail(String suffix, Confidence confidence, List<String> args, List<Evidence> evidence) {
    return finding(Outcome.FAIL, suffix, args, evidence, confidence);
  }

  Finding info(String suffix, List<String> args, List<Evidence> evidence) {
    return finding(Outcome.INFO, suffix, args, evidence, Confidence.HIGH);
  }

  Finding inconclusive(String suffix, List<String> args, List<Evidence> evidence) {
    return finding(Outcome.INCONCLUSIVE, suffix, args, evidence, Confidence.HIGH);
  }

  Finding finding(Outcome outcome, String suffix, List<String> args, List<Evidence> evidence, Confidence confidence) {
    return new Finding(descriptor.id(), outcome, provisions, subject, descriptor.key(suffix), args, evidence, confidence);
  }
}
