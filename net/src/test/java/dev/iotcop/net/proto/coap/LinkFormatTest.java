package dev.iotcop.net.proto.coap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class LinkFormatTest {

  @Test
  void readsTargetsAndParameters() throws CoapFormatException {
    List<Link> links = LinkFormat.parse("</sensors/temp>;rt=\"temperature-c oic.r.temp\";if=sensor;obs,\n"
        + " </config>;title=\"Settings, with \\\"quotes\\\"\";ct=40,</fw/update>;ct=0");
    assertThat(links).extracting(Link::target).containsExactly("/sensors/temp", "/config", "/fw/update");
    assertThat(links.get(0).resourceTypes()).containsExactly("temperature-c", "oic.r.temp");
    assertThat(links.get(0).interfaceDescription()).contains("sensor");
    assertThat(links.get(0).has("obs")).isTrue();
    assertThat(links.get(0).param("obs")).isEmpty();
    assertThat(links.get(1).title()).contains("Settings, with \"quotes\"");
    assertThat(links.get(2).param("ct")).contains("0");
    assertThat(LinkFormat.parse("  ")).isEmpty();
  }

  @Test
  void refusesWhatIsNotLinkFormat() {
    assertThatThrownBy(() -> LinkFormat.parse("/no/brackets")).isInstanceOf(CoapFormatException.class);
    assertThatThrownBy(() -> LinkFormat.parse("</a>;title=\"open")).isInstanceOf(CoapFormatException.class);
    assertThatThrownBy(() -> LinkFormat.parse("</a>;=x")).isInstanceOf(CoapFormatException.class);
    assertThatThrownBy(() -> LinkFormat.parse("</a>,".repeat(2000) + "</a>")).isInstanceOf(CoapFormatException.class)
        .hasMessageContaining("links");
  }

  record Generated(String target, List<Link.Param> params) {}

  @Property
  void formattedLinksParseBack(@ForAll("links") List<Generated> generated) throws CoapFormatException {
    String document = generated.stream().map(g -> "<" + g.target() + ">" + g.params().stream()
        .map(p -> ";" + p.name() + p.value().map(v -> "=\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"").orElse(""))
        .collect(Collectors.joining())).collect(Collectors.joining(","));
    List<Link> links = LinkFormat.parse(document);
    assertThat(links).extracting(Link::target).containsExactlyElementsOf(generated.stream().map(Generated::target).toList());
    for (int i = 0; i < links.size(); i++) {
      assertThat(links.get(i).params()).isEqualTo(generated.get(i).params());
    }
  }

  @Property(tries = 3000)
  void arbitraryTextParsesOrFailsCleanly(@ForAll("linkish") String text) {
    try {
      assertThat(LinkFormat.parse(text)).hasSizeLessThanOrEqualTo(text.length());
    } catch (CoapFormatException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  @Provide
  Arbitrary<List<Generated>> links() {
    Arbitrary<String> target = Arbitraries.strings().alpha().numeric().withChars("/._-;,=\"").ofMaxLength(20);
    Arbitrary<String> name = Arbitraries.strings().alpha().numeric().withChars("-._").ofMinLength(1).ofMaxLength(8);
    Arbitrary<Optional<String>> value = Arbitraries.strings().ofMaxLength(15).optional();
    Arbitrary<Link.Param> param = Combinators.combine(name, value).as(Link.Param::new);
    return Combinators.combine(target, param.list().ofMaxSize(4)).as(Generated::new).list().ofMaxSize(6);
  }

  @Provide
  Arbitrary<String> linkish() {
    return Arbitraries.oneOf(
        Arbitraries.of("<", ">", "</a>", ";", ",", "=", "\"", "\\", "rt", " ", "ct=40", "x").list().ofMaxSize(30)
            .map(l -> String.join("", l)),
        Arbitraries.strings().ofMaxLength(60));
  }
}
