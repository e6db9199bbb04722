package dev.iotcop.net.check.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CredentialScheduleProperties {
  @Provide
  Arbitrary<List<DefaultCredential>> rows() {
    Arbitrary<String> users = Arbitraries.of("root", "admin", "user", "guest", "");
    Arbitrary<String> passwords = Arbitraries.of("admin", "1234", "root", "", "pass");
    return net.jqwik.api.Combinators.combine(users, passwords)
        .as((u, p) -> new DefaultCredential("any", "", Optional.empty(), u, p, 1, List.of("test")))
        .list().ofMaxSize(30);
  }

  /** Hands out everything it can with a budget of {@code perAccount} failures per user name, counting as it goes. */
  private static List<DefaultCredential> drain(CredentialSchedule s, int perAccount) {
    Map<String, Integer> used = new HashMap<>();
    List<DefaultCredential> out = new ArrayList<>();
    for (int guard = 0; guard < 1000; guard++) {
      Optional<DefaultCredential> next = s.next(u -> used.getOrDefault(u, 0) < perAccount);
      if (next.isEmpty()) {
        return out;
      }
      used.merge(next.get().username(), 1, Integer::sum);
      out.add(next.get());
    }
    throw new AssertionError("schedule did not end");
  }

  @Property
  void staysWithinEveryLimit(@ForAll("rows") List<DefaultCredential> product, @ForAll("rows") List<DefaultCredential> generic,
      @ForAll @IntRange(max = 6) int productLimit, @ForAll @IntRange(max = 10) int genericLimit,
      @ForAll @IntRange(max = 12) int attemptLimit, @ForAll @IntRange(min = 1, max = 4) int perAccount) {
    CredentialSchedule s = new CredentialSchedule(product, generic, productLimit, genericLimit, attemptLimit);
    List<DefaultCredential> out = drain(s, perAccount);
    assertThat(out.size()).isLessThanOrEqualTo(Math.min(attemptLimit, productLimit + genericLimit));
    assertThat(out.stream().map(DefaultCredential::credential).toList()).doesNotHaveDuplicates();
    Map<String, Long> perUser = new HashMap<>();
    out.forEach(c -> perUser.merge(c.username(), 1L, Long::sum));
    assertThat(perUser.values()).allMatch(n -> n <= perAccount);
    long fromProduct = out.stream().filter(product::contains).count();
    assertThat(out.stream().filter(c -> product.contains(c) && !generic.contains(c)).count()).isLessThanOrEqualTo(productLimit);
    assertThat(s.handedOut()).isEqualTo(out);
    assertThat(fromProduct).isLessThanOrEqualTo(out.size());
  }

  @Property
  void followsTheGivenOrderSkippingOnlyWhatIsSpentOrRepeated(@ForAll("rows") List<DefaultCredential> generic) {
    List<DefaultCredential> out = drain(new CredentialSchedule(List.of(), generic, 0, 100, 100), 100);
    Set<Credential> seen = new HashSet<>();
    List<DefaultCredential> expected = generic.stream().filter(c -> seen.add(c.credential())).toList();
    assertThat(out).isEqualTo(expected);
  }

  @Test
  void productPairsComeBeforeGenericOnesAndSpentAccountsArePassedOver() {
    DefaultCredential vendor = new DefaultCredential("any", "Acme", Optional.of(java.util.regex.Pattern.compile("acme")),
        "service", "acme", 1, List.of("t"));
    List<DefaultCredential> generic = List.of(row("root", "a"), row("root", "b"), row("root", "c"), row("admin", "a"));
    List<DefaultCredential> out = drain(new CredentialSchedule(List.of(vendor), generic, 4, 8, 12), 2);
    assertThat(out).extracting(DefaultCredential::username, DefaultCredential::password).containsExactly(
        org.assertj.core.groups.Tuple.tuple("service", "acme"), org.assertj.core.groups.Tuple.tuple("root", "a"),
        org.assertj.core.groups.Tuple.tuple("root", "b"), org.assertj.core.groups.Tuple.tuple("admin", "a"));
  }

  private static DefaultCredential row(String user, String password) {
    return new DefaultCredential("any", "", Optional.empty(), user, password, 1, List.of("t"));
  }
}
