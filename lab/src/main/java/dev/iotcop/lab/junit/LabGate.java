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
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The extension behind {@link RequiresLab}: skips (assumption) or fails (with {@code IOTCOP_LAB=required}) a test
 * that needs the lab when this host cannot run it. It never lets such a test pass without running.
 */
public final class LabGate implements BeforeAllCallback, BeforeEachCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    context.getTestClass().ifPresent(type -> gate(profiles(type)));
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    context.getTestMethod().filter(m -> m.isAnnotationPresent(RequiresLab.class)).ifPresent(m -> gate(profiles(m)));
  }

  /** For code that does not use the annotation: call first in a test or in {@code @BeforeAll}. */
  public static void requireLab(String... profileNames) {
    gate(List.of(profileNames));
  }

  private static void gate(List<String> profileNames) {
    Mode mode = LabAvailability.mode();
    if (mode == Mode.OFF) {
      Assumptions.abort("lab tests are off (" + LabAvailability.TESTS_PROPERTY + "=false); run the build with -Plab "
          + "or set " + LabAvailability.MODE_ENV + "=required");
    }
    List<DeviceProfile> profiles = new ArrayList<>();
    for (String name : profileNames) {
      profiles.add(DeviceProfiles.bundled(name));
    }
    Availability availability = LabAvailability.check(profiles);
    if (availability.ready()) {
      return;
    }
    if (mode == Mode.REQUIRED) {
      Assertions.fail(LabAvailability.MODE_ENV + "=required, but " + availability.explanation());
    }
    Assumptions.abort(availability.explanation());
  }

  private static List<String> profiles(AnnotatedElement element) {
    return Optional.ofNullable(element.getAnnotation(RequiresLab.class))
        .map(a -> List.of(a.profiles()))
        .orElse(List.of());
  }
}
