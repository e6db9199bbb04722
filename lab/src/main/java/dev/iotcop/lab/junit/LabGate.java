package dev.iotcop.lab.junit;

import dev.iotcop.lab.LabAvailability;
import dev.iotcop.lab.LabAvailability.Availability;
import dev.iotcop.lab.LabAvailability.Mode;
import dev.iotcop.lab.profile.DeviceProfile;
import dev.iotcop.lab.profile.DeviceProfiles;
import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The extension behind {@link RequiresLab}: skips (with the reason) or fails (with {@code IOTCOP_LAB=required}) a
 * test that needs the lab when this host cannot run it. It never lets such a test pass without running.
 */
public final class LabGate implements ExecutionCondition {

  /** What to do with a lab test. */
  public sealed interface Decision {
    record Run() implements Decision {}

    record Skip(String reason) implements Decision {}

    record Fail(String reason) implements Decision {}
  }

  /**
   * Disables (skips, with the reason) a class or method the lab cannot serve here, so reports list it as skipped;
   * in required mode it throws instead, which fails the class or method.
   */
  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    Optional<RequiresLab> annotation = context.getElement().map(LabGate::annotation);
    if (annotation.isEmpty()) {
      return ConditionEvaluationResult.enabled("no @RequiresLab here");
    }
    Decision decision = decide(LabAvailability.mode(), () -> availability(annotation.get().profiles(),
        annotation.get().programs()));
    return switch (decision) {
      case Decision.Run run -> ConditionEvaluationResult.enabled("the lab can run here");
      case Decision.Skip skip -> ConditionEvaluationResult.disabled(skip.reason());
      case Decision.Fail fail -> throw new IllegalStateException(fail.reason());
    };
  }

  /** For code that does not use the annotation: call first in a test or in {@code @BeforeAll}. */
  public static void requireLab(String... profileNames) {
    enforce(profileNames, new String[0]);
  }

  /** The decision for a mode and a host; the availability check only runs when the mode asks for the lab. */
  public static Decision decide(Mode mode, Supplier<Availability> availability) {
    if (mode == Mode.OFF) {
      return new Decision.Skip("lab tests are switched off (" + LabAvailability.TESTS_PROPERTY + "=false); run the build without "
          + "-Dlab.off, or set " + LabAvailability.MODE_ENV + "=required");
    }
    Availability host = availability.get();
    if (host.ready()) {
      return new Decision.Run();
    }
    return mode == Mode.REQUIRED
        ? new Decision.Fail(LabAvailability.MODE_ENV + "=required, but " + host.explanation())
        : new Decision.Skip(host.explanation());
  }

  private static void enforce(String[] profileNames, String[] programs) {
    switch (decide(LabAvailability.mode(), () -> availability(profileNames, programs))) {
      case Decision.Run run -> { }
      case Decision.Skip skip -> Assumptions.abort(skip.reason());
      case Decision.Fail fail -> Assertions.fail(fail.reason());
    }
  }

  private static Availability availability(String[] profileNames, String[] programs) {
    List<DeviceProfile> profiles = new ArrayList<>();
    for (String name : profileNames) {
      profiles.add(DeviceProfiles.bundled(name));
    }
    return LabAvailability.check(profiles, List.of(programs));
  }

  private static RequiresLab annotation(AnnotatedElement element) {
    return element.getAnnotation(RequiresLab.class);
  }
}
