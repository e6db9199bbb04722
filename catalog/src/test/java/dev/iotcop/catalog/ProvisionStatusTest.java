package dev.iotcop.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ProvisionStatusTest {
  @Test
  void parsesTheNotationsOfBothVersions() {
    assertThat(ProvisionStatus.parse("M").isConditional()).isFalse();
    assertThat(ProvisionStatus.parse("R C(9,12)").conditions()).containsExactly("9", "12");
    ProvisionStatus v3 = ProvisionStatus.parse("M C(14) F(e)");
    assertThat(v3.level()).isEqualTo(RequirementLevel.MANDATORY);
    assertThat(v3.conditions()).containsExactly("14");
    assertThat(v3.features()).containsExactly("e");
    assertThat(ProvisionStatus.parse("MF(a)").features()).containsExactly("a");
    assertThat(ProvisionStatus.parse("R F(aa)").notation()).isEqualTo("R F(aa)");
    assertThat(ProvisionStatus.parse(" M C (9, 12) ").notation()).isEqualTo("M C(9,12)");
  }

  @Test
  void rejectsWhatIsNotAStatus() {
    for (String bad : List.of("", "X", "M C()", "M C(1", "MR", "M X(1)", "C(1)")) {
      assertThatThrownBy(() -> ProvisionStatus.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Property
  void notationRoundTrips(@ForAll("statuses") ProvisionStatus status) {
    assertThat(ProvisionStatus.parse(status.notation())).isEqualTo(status);
  }

  @Property
  void arbitraryTextEitherParsesOrIsRejectedCleanly(@ForAll String text) {
    try {
      ProvisionStatus s = ProvisionStatus.parse(text);
      assertThat(ProvisionStatus.parse(s.notation())).isEqualTo(s);
    } catch (IllegalArgumentException expected) {
      // rejected with the declared exception: fine
    }
  }

  @Provide
  Arbitrary<ProvisionStatus> statuses() {
    Arbitrary<List<String>> numbers = Arbitraries.integers().between(1, 20).map(String::valueOf).list().ofMaxSize(3);
    Arbitrary<List<String>> letters = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(2).list().ofMaxSize(2);
    return Combinators.combine(Arbitraries.of(RequirementLevel.values()), numbers, letters).as(ProvisionStatus::new);
  }
}
