package dev.iotcop.net.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PortSpecTest {
  @Test
  void parsesListsRangesAndAll() {
    assertThat(PortSpec.parse("22,80-82, 443").toArray()).containsExactly(22, 80, 81, 82, 443);
    assertThat(PortSpec.parse("-").size()).isEqualTo(65535);
    assertThat(PortSpec.parse("all").size()).isEqualTo(65535);
    assertThat(PortSpec.parse("65000-").size()).isEqualTo(536);
    assertThat(PortSpec.parse("-10").size()).isEqualTo(10);
    assertThat(PortSpec.parse("none").size()).isZero();
    assertThat(PortSpec.parse("").size()).isZero();
  }

  @Test
  void rejectsNonsenseNamingThePart() {
    assertThatThrownBy(() -> PortSpec.parse("0")).hasMessageContaining("'0'");
    assertThatThrownBy(() -> PortSpec.parse("70000")).hasMessageContaining("70000");
    assertThatThrownBy(() -> PortSpec.parse("90-80")).hasMessageContaining("backwards");
    assertThatThrownBy(() -> PortSpec.parse("http")).hasMessageContaining("'http'");
    assertThatThrownBy(() -> PortSpec.parse("22,,23")).hasMessageContaining("empty");
  }

  @Property
  void printedFormParsesBackToTheSameSet(@ForAll @IntRange(min = 1, max = 65535) int a, @ForAll @IntRange(min = 1, max = 65535) int b,
      @ForAll @IntRange(min = 1, max = 65535) int c) {
    PortSpec spec = PortSpec.parse(Math.min(a, b) + "-" + Math.max(a, b) + "," + c);
    assertThat(PortSpec.parse(spec.toString()).toArray()).containsExactly(spec.toArray());
  }

  @Property
  void arbitraryTextParsesOrIsRejectedWithTheDeclaredException(@ForAll String text) {
    try {
      PortSpec.parse(text);
    } catch (IllegalArgumentException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }
}
