package dev.iotcop.net.proto.securitytxt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iotcop.net.proto.Fixtures;
import dev.iotcop.net.proto.securitytxt.SecurityTxtProblem.Kind;
import dev.iotcop.net.proto.securitytxt.SecurityTxtProblem.Severity;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SecurityTxtParserTest {
  private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

  private static SecurityTxt parse(String text) throws SecurityTxtException {
    return SecurityTxtParser.parse(text, NOW);
  }

  @Test
  void gpgClearSignedFileIsUnwrapped() throws Exception {
    SecurityTxt s = SecurityTxtParser.parse(Fixtures.bytes(SecurityTxtParserTest.class, "signed-security.txt"), NOW);
    assertThat(s.signed()).isTrue();
    assertThat(s.contacts()).containsExactly("mailto:security@iotcop.test", "https://iotcop.test/report");
    assertThat(s.expires()).contains(OffsetDateTime.of(2027, 6, 30, 23, 0, 0, 0, ZoneOffset.UTC));
    assertThat(s.values(SecurityTxtField.PREFERRED_LANGUAGES)).containsExactly("en, fr");
    assertThat(s.fields()).first().extracting(SecurityTxt.Field::line).isEqualTo(5);
    // the dash-escaped line 12 is unescaped to "- Not a field line..." and reported at its line in the served file
    assertThat(s.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(Kind.INVALID_LINE);
      assertThat(p.line()).isEqualTo(12);
      assertThat(p.detail()).contains("- Not a field line");
    });
  }

  @Test
  void validUnsignedFileWithCrLfAndUnknownField() throws Exception {
    SecurityTxt s = parse("Contact: mailto:a@b.example\r\nExpires: 2027-01-01T00:00:00Z\r\n"
        + "X-Vendor-Bounty: https://b.example/bounty\r\n# comment\r\n\r\nCSAF: https://b.example/provider-metadata.json\r\n");
    assertThat(s.valid()).isTrue();
    assertThat(s.problems()).isEmpty();
    assertThat(s.signed()).isFalse();
    assertThat(s.unknownFields()).singleElement().extracting(SecurityTxt.Field::name).isEqualTo("X-Vendor-Bounty");
    assertThat(s.values(SecurityTxtField.CSAF)).hasSize(1);
  }

  @Test
  void missingRequiredFields() throws Exception {
    SecurityTxt s = parse("# nothing here\nPolicy: https://b.example/policy\n");
    assertThat(s.errors()).extracting(SecurityTxtProblem::kind)
        .containsExactlyInAnyOrder(Kind.MISSING_CONTACT, Kind.MISSING_EXPIRES);
    assertThat(s.errors()).allMatch(p -> p.line() == 0);
  }

  @Test
  void expiryRules() throws Exception {
    assertThat(parse("Contact: mailto:a@b.example\nExpires: 2026-11-01T00:00:00Z\n").problems())
        .singleElement().satisfies(p -> {
          assertThat(p.kind()).isEqualTo(Kind.EXPIRED);
          assertThat(p.severity()).isEqualTo(Severity.ERROR);
          assertThat(p.line()).isEqualTo(2);
        });
    assertThat(parse("Contact: mailto:a@b.example\nExpires: 2028-01-01T00:00:00+02:00\n").problems())
        .singleElement().satisfies(p -> {
          assertThat(p.kind()).isEqualTo(Kind.EXPIRES_TOO_FAR);
          assertThat(p.severity()).isEqualTo(Severity.WARNING);
        });
    assertThat(parse("Contact: mailto:a@b.example\nExpires: 2027-01-01\n").problems())
        .extracting(SecurityTxtProblem::kind).containsExactly(Kind.INVALID_EXPIRES);
    assertThat(parse("Contact: mailto:a@b.example\nExpires: 2027-13-01T00:00:00Z\n").problems())
        .extracting(SecurityTxtProblem::kind).containsExactly(Kind.INVALID_EXPIRES);
    SecurityTxt twice = parse("Contact: mailto:a@b.example\nExpires: 2027-01-01T00:00:00Z\nexpires: 2027-02-01T00:00:00Z\n");
    assertThat(twice.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(Kind.MULTIPLE_EXPIRES);
      assertThat(p.line()).isEqualTo(3);
    });
    assertThat(twice.expires()).contains(OffsetDateTime.of(2027, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
  }

  @Test
  void uriRules() throws Exception {
    SecurityTxt s = parse("Contact: security@b.example\nContact: http://b.example/report\nEncryption: dns:key.b.example"
        + "\nPolicy: https://b.example/p\nExpires: 2027-01-01T00:00:00Z\n");
    assertThat(s.problems()).extracting(SecurityTxtProblem::kind, SecurityTxtProblem::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.INVALID_URI, 1),
            org.assertj.core.groups.Tuple.tuple(Kind.INSECURE_URI, 2));
    assertThat(s.problems().getFirst().detail()).contains("Contact");
  }

  @Test
  void languagesAndMalformedLines() throws Exception {
    SecurityTxt s = parse("Contact: tel:+44-20-0000-0000\nExpires: 2027-01-01T00:00:00Z\nPreferred-Languages: en, x!\n"
        + "Preferred-Languages: de\nthis is not a field\nHiring:\n");
    assertThat(s.problems()).extracting(SecurityTxtProblem::kind).containsExactly(Kind.INVALID_LANGUAGE_TAG,
        Kind.MULTIPLE_PREFERRED_LANGUAGES, Kind.INVALID_LINE, Kind.EMPTY_VALUE);
  }

  @Test
  void brokenArmourIsReported() throws Exception {
    SecurityTxt noSignature = parse("-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\nContact: mailto:a@b.example\n");
    assertThat(noSignature.signed()).isTrue();
    assertThat(noSignature.has(Kind.MALFORMED_SIGNATURE)).isTrue();
    SecurityTxt trailing = parse("-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\nContact: mailto:a@b.example\n"
        + "Expires: 2027-01-01T00:00:00Z\n-----BEGIN PGP SIGNATURE-----\nabc\n-----END PGP SIGNATURE-----\n"
        + "Contact: mailto:evil@c.example\n");
    assertThat(trailing.contacts()).containsExactly("mailto:a@b.example");
    assertThat(trailing.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(Kind.CONTENT_OUTSIDE_SIGNATURE);
      assertThat(p.line()).isEqualTo(9);
    });
  }

  @Test
  void unreadableInputIsThrown() {
    assertThatThrownBy(() -> SecurityTxtParser.parse(new byte[] {(byte) 0xC3, 0x28}, NOW))
        .isInstanceOf(SecurityTxtException.class);
    assertThatThrownBy(() -> SecurityTxtParser.parse(new byte[SecurityTxtParser.MAX_BYTES + 1], NOW))
        .isInstanceOf(SecurityTxtException.class);
    assertThatThrownBy(() -> SecurityTxtParser.parse("Contact: a\0b".getBytes(StandardCharsets.UTF_8), NOW))
        .isInstanceOf(SecurityTxtException.class);
  }

  @Test
  void locationsInLookupOrder() {
    assertThat(SecurityTxtLocation.inLookupOrder()).extracting(SecurityTxtLocation::path)
        .containsExactly("/.well-known/security.txt", "/security.txt");
  }
}
