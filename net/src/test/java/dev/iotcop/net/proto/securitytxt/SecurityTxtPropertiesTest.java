package dev.iotcop.net.proto.securitytxt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class SecurityTxtPropertiesTest {
  private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

  @Property
  void writtenFieldsParseBack(@ForAll("fieldLists") List<SecurityTxt.Field> fields, @ForAll boolean crlf)
      throws SecurityTxtException {
    String text = SecurityTxt.write(fields);
    if (crlf) {
      text = text.replace("\n", "\r\n");
    }
    SecurityTxt parsed = SecurityTxtParser.parse(text.getBytes(StandardCharsets.UTF_8), NOW);
    assertThat(parsed.fields()).isEqualTo(fields);
    assertThat(parsed.signed()).isFalse();
    assertThat(parsed.problems()).allMatch(p -> p.line() >= 0 && p.line() <= fields.size());
  }

  @Property
  void arbitraryBytesGiveAValueOrTheDeclaredException(@ForAll @Size(max = 400) byte[] bytes) {
    try {
      SecurityTxt s = SecurityTxtParser.parse(bytes, NOW);
      assertThat(s.problems()).isNotNull();
    } catch (SecurityTxtException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  @Property
  void fileShapedTextNeverBreaksTheParser(@ForAll("fileShaped") String text) {
    try {
      SecurityTxt s = SecurityTxtParser.parse(text, NOW);
      assertThat(s.valid()).isEqualTo(s.errors().isEmpty());
    } catch (SecurityTxtException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  @Provide
  Arbitrary<List<SecurityTxt.Field>> fieldLists() {
    Arbitrary<String> name = Arbitraries.oneOf(
        Arbitraries.of(SecurityTxtField.values()).map(SecurityTxtField::label),
        Arbitraries.strings().withCharRange('a', 'z').withChars('-', 'X', '7').ofMinLength(1).ofMaxLength(20));
    Arbitrary<String> value = Arbitraries.strings().withCharRange('!', '~').withChars(' ', 'é', '中')
        .ofMinLength(1).ofMaxLength(40).map(String::strip).filter(v -> !v.isEmpty());
    return Combinators.combine(name, value).as((n, v) -> new String[] {n, v}).list().ofMaxSize(12).map(pairs -> {
      List<SecurityTxt.Field> out = new ArrayList<>();
      for (int i = 0; i < pairs.size(); i++) {
        out.add(new SecurityTxt.Field(pairs.get(i)[0], pairs.get(i)[1], i + 1));
      }
      return out;
    });
  }

  @Provide
  Arbitrary<String> fileShaped() {
    return Arbitraries.oneOf(
        Arbitraries.of("-----BEGIN PGP SIGNED MESSAGE-----", "-----BEGIN PGP SIGNATURE-----",
            "-----END PGP SIGNATURE-----", "Hash: SHA256", "", "Contact: mailto:x@y.example", "Contact: http://x",
            "Expires: 2027-01-01T00:00:00Z", "Expires: 2020-01-01T00:00:00Z", "Expires: 9999-99-99T99:99:99Z",
            "Preferred-Languages: en,,", "- Contact: https://x", "# c", "Canonical: ::", ":", "\uFEFF"),
        Arbitraries.strings().ofMaxLength(10)).list().ofMaxSize(15).map(l -> String.join("\n", l));
  }
}
