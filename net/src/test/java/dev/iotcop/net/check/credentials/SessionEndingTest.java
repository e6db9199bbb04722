package dev.iotcop.net.check.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iotcop.engine.check.ConnectionGate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionEndingTest {
  /** A permit that notes what was said to it, in order. */
  private static final class RecordingPermit implements ConnectionGate.Permit {
    final List<String> calls = new ArrayList<>();

    @Override
    public synchronized void deviceClosed() {
      calls.add("deviceClosed");
    }

    @Override
    public synchronized void close() {
      calls.add("close");
    }
  }

  @Test
  void theDeviceClosingItsEndIsPassedOnBeforeThePlaceIsGivenBack() throws Exception {
    RecordingPermit permit = new RecordingPermit();
    join(SessionEnding.inBackground(permit, () -> true));
    assertThat(permit.calls).containsExactly("deviceClosed", "close");
  }

  @Test
  void aDeviceThatKeptItsEndOpenGetsTheWholeLinger() throws Exception {
    RecordingPermit permit = new RecordingPermit();
    join(SessionEnding.inBackground(permit, () -> false));
    assertThat(permit.calls).containsExactly("close");
  }

  @Test
  void thePlaceIsGivenBackEvenWhenEndingTheSessionFails() throws Exception {
    RecordingPermit permit = new RecordingPermit();
    Thread t = SessionEnding.inBackground(permit, () -> {
      throw new IllegalStateException("socket already gone");
    });
    join(t);
    assertThat(permit.calls).containsExactly("close");
  }

  private static void join(Thread t) throws InterruptedException {
    if (t != null) {
      t.join(5000);
      assertThat(t.isAlive()).isFalse();
    }
  }
}
