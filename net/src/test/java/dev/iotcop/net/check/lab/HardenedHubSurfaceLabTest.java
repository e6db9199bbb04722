package dev.iotcop.net.check.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iotcop.engine.Finding;
import dev.iotcop.engine.Outcome;
import dev.iotcop.engine.run.AssessmentResult;
import dev.iotcop.lab.Lab;
import dev.iotcop.lab.LabDevice;
import dev.iotcop.lab.junit.RequiresLab;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The well-built hub of the lab: its own security.txt passes 5.2-1 and no check of this family fails it with confidence. */
@RequiresLab(profiles = "hardened-hub")
class HardenedHubSurfaceLabTest {
  private static LabDevice hub;
  private static AssessmentResult result;

  @BeforeAll
  static void assess() throws InterruptedException {
    hub = Lab.start("hardened-hub");
    result = SurfaceLabAssessment.assess(hub);
  }

  @AfterAll
  static void stop() {
    if (hub != null) {
      hub.close();
    }
  }

  @Test
  @Timeout(10)
  void itsOwnSecurityTxtPasses() {
    Finding txt = SurfaceLabAssessment.on(result, "doc.security-txt", hub.port("https")).orElseThrow(
        () -> new AssertionError(SurfaceLabAssessment.describe(result)));
    assertThat(txt.outcome()).as(SurfaceLabAssessment.describe(result)).isEqualTo(Outcome.PASS);
    assertThat(txt.provisions()).containsExactly("5.2-1");
    assertThat(txt.messageArgs().get(1)).contains("mailto:security@hub.example");
  }

  @Test
  @Timeout(10)
  void nothingFailsWithConfidence() {
    List<Finding> confident = result.findings().stream().filter(Finding::isConfidentFailure).toList();
    assertThat(confident).as(SurfaceLabAssessment.describe(result)).isEmpty();
    assertThat(result.findings()).as(SurfaceLabAssessment.describe(result))
        .noneMatch(f -> f.outcome() == Outcome.INCONCLUSIVE);
  }

  @Test
  @Timeout(10)
  void theBrokerAndTheSshServerAreJudgedAsTheyAre() {
    Finding mqtts = SurfaceLabAssessment.on(result, "net.surface.unauthenticated", hub.port("mqtts")).orElseThrow(
        () -> new AssertionError(SurfaceLabAssessment.describe(result)));
    assertThat(mqtts.outcome()).isEqualTo(Outcome.PASS);
    Finding ssh = SurfaceLabAssessment.on(result, "net.disclosure.unauthenticated-info", hub.port("ssh")).orElseThrow();
    assertThat(ssh.outcome()).as("the SSH version is required by the protocol").isEqualTo(Outcome.INFO);
  }
}
