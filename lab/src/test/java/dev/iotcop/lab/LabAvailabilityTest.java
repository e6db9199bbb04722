package dev.iotcop.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iotcop.lab.LabAvailability.Mode;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class LabAvailabilityTest {

  private static Properties tests(String value) {
    Properties p = new Properties();
    if (value != null) {
      p.setProperty(LabAvailability.TESTS_PROPERTY, value);
    }
    return p;
  }

  @Test
  void environmentVariableDecidesFirst() {
    assertThat(LabAvailability.mode(Map.of("IOTCOP_LAB", "required"), tests("false"))).isEqualTo(Mode.REQUIRED);
    assertThat(LabAvailability.mode(Map.of("IOTCOP_LAB", "off"), tests("true"))).isEqualTo(Mode.OFF);
    assertThat(LabAvailability.mode(Map.of("IOTCOP_LAB", "auto"), tests("false"))).isEqualTo(Mode.AUTO);
  }

  @Test
  void buildPropertyDecidesWithoutTheVariable() {
    assertThat(LabAvailability.mode(Map.of(), tests("false"))).isEqualTo(Mode.OFF);
    assertThat(LabAvailability.mode(Map.of(), tests("true"))).isEqualTo(Mode.AUTO);
    assertThat(LabAvailability.mode(Map.of(), tests(null))).isEqualTo(Mode.AUTO);
  }

  @Test
  void anUnavailableHostExplainsEveryProblem() {
    var availability = new LabAvailability.Availability(java.util.List.of("no root", "no vsftpd"));
    assertThat(availability.ready()).isFalse();
    assertThat(availability.explanation()).contains("no root").contains("no vsftpd");
    assertThat(new LabAvailability.Availability(java.util.List.of()).ready()).isTrue();
  }
}
