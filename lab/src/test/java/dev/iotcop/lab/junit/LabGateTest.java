package dev.iotcop.lab.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iotcop.lab.LabAvailability.Availability;
import dev.iotcop.lab.LabAvailability.Mode;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class LabGateTest {
  private static final Availability READY = new Availability(List.of());
  private static final Availability NOT_ROOT = new Availability(List.of("the lab needs root"));

  @Test
  void offSkipsWithoutCheckingTheHostAndSaysHowToSwitchOn() {
    AtomicInteger checks = new AtomicInteger();
    Supplier<Availability> counting = () -> {
      checks.incrementAndGet();
      return READY;
    };
    LabGate.Decision decision = LabGate.decide(Mode.OFF, counting);
    assertThat(decision).isInstanceOfSatisfying(LabGate.Decision.Skip.class,
        skip -> assertThat(skip.reason()).contains("-Dlab.off").contains("IOTCOP_LAB=required"));
    assertThat(checks).hasValue(0);
  }

  @Test
  void anUnavailableHostIsSkippedOrFailedAccordingToTheMode() {
    assertThat(LabGate.decide(Mode.AUTO, () -> NOT_ROOT)).isInstanceOfSatisfying(LabGate.Decision.Skip.class,
        skip -> assertThat(skip.reason()).contains("needs root"));
    assertThat(LabGate.decide(Mode.REQUIRED, () -> NOT_ROOT)).isInstanceOfSatisfying(LabGate.Decision.Fail.class,
        fail -> assertThat(fail.reason()).contains("IOTCOP_LAB=required").contains("needs root"));
  }

  @Test
  void anAvailableHostRuns() {
    assertThat(LabGate.decide(Mode.AUTO, () -> READY)).isInstanceOf(LabGate.Decision.Run.class);
    assertThat(LabGate.decide(Mode.REQUIRED, () -> READY)).isInstanceOf(LabGate.Decision.Run.class);
  }
}
