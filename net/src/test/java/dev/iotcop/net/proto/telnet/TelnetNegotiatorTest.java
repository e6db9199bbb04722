package dev.iotcop.net.proto.telnet;

import static dev.iotcop.net.proto.TestBytes.hexResource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iotcop.net.proto.telnet.TelnetCommand.Negotiation;
import dev.iotcop.net.proto.telnet.TelnetCommand.Verb;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TelnetNegotiatorTest {

  @Test
  void busyBoxGreetingIsSplitAndAnsweredAsAPlainClient() {
    // captured from BusyBox 1.35 telnetd on 127.0.0.1
    byte[] greeting = hexResource(getClass(), "busybox-telnetd-greeting.hex");
    TelnetStreamDecoder.Decoded decoded = new TelnetStreamDecoder().decode(greeting, 0, greeting.length);
    assertThat(new String(decoded.data(), StandardCharsets.US_ASCII)).isEqualTo("\r\r\ndevice login: ");
    assertThat(decoded.commands()).containsExactly(
        new Negotiation(Verb.DO, 1), new Negotiation(Verb.DO, 31), new Negotiation(Verb.WILL, 1),
        new Negotiation(Verb.WILL, 3));
    TelnetNegotiator negotiator = new TelnetNegotiator();
    List<Optional<Negotiation>> replies = decoded.commands().stream()
        .map(c -> negotiator.reply((Negotiation) c)).toList();
    assertThat(replies).containsExactly(
        Optional.of(new Negotiation(Verb.WONT, 1)), Optional.of(new Negotiation(Verb.WONT, 31)),
        Optional.of(new Negotiation(Verb.DO, 1)), Optional.of(new Negotiation(Verb.DO, 3)));
  }

  @Test
  void repeatedRequestsAreNotAnsweredAgain() {
    TelnetNegotiator negotiator = new TelnetNegotiator();
    assertThat(negotiator.reply(new Negotiation(Verb.DO, 24))).contains(new Negotiation(Verb.WONT, 24));
    assertThat(negotiator.reply(new Negotiation(Verb.DO, 24))).isEmpty();
    assertThat(negotiator.reply(new Negotiation(Verb.WILL, 3))).contains(new Negotiation(Verb.DO, 3));
    assertThat(negotiator.reply(new Negotiation(Verb.WILL, 3))).isEmpty();
    assertThat(negotiator.reply(new Negotiation(Verb.WONT, 3))).contains(new Negotiation(Verb.DONT, 3));
  }

  @Property
  void repliesAreBoundedAndOnlyEchoAndGoAheadAreEverAccepted(@ForAll("negotiations") List<Negotiation> requests) {
    TelnetNegotiator negotiator = new TelnetNegotiator();
    List<Negotiation> replies = new ArrayList<>();
    requests.forEach(request -> negotiator.reply(request).ifPresent(replies::add));
    assertThat(replies).hasSizeLessThanOrEqualTo(TelnetNegotiator.MAX_REPLIES);
    assertThat(replies).filteredOn(r -> r.verb() == Verb.DO).allSatisfy(r -> assertThat(r.option()).isIn(1, 3));
    assertThat(replies).filteredOn(r -> r.verb() == Verb.WILL).allSatisfy(r -> assertThat(r.option()).isEqualTo(3));
  }

  @Provide
  Arbitrary<List<Negotiation>> negotiations() {
    return Combinators.combine(Arbitraries.of(Verb.class), Arbitraries.integers().between(0, 255))
        .as(Negotiation::new).list().ofMaxSize(400);
  }
}
