package dev.iotcop.net.proto.telnet;

import dev.iotcop.net.proto.telnet.TelnetCommand.Negotiation;
import dev.iotcop.net.proto.telnet.TelnetCommand.Verb;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Answers option negotiation the way a plain NVT client should: it lets the server echo and suppress go-ahead, offers
 * to suppress go-ahead itself, and refuses everything else. It answers only requests that would change an option's
 * state, so two parties cannot loop, and stops answering after a fixed number of replies.
 */
public final class TelnetNegotiator {
  public static final int MAX_REPLIES = 64;

  private final Set<Integer> serverEnabled = new HashSet<>();
  private final Set<Integer> clientEnabled = new HashSet<>();
  private final Set<Integer> serverRefused = new HashSet<>();
  private final Set<Integer> clientRefused = new HashSet<>();
  private int replies;

  /** The reply to send for a negotiation from the server, if any. */
  public Optional<Negotiation> reply(Negotiation request) {
    if (replies >= MAX_REPLIES) {
      return Optional.empty();
    }
    int option = request.option();
    Optional<Negotiation> reply = switch (request.verb()) {
      case WILL -> {
        if (serverEnabled.contains(option)) {
          yield Optional.empty();
        }
        if (option == TelnetCommand.OPTION_ECHO || option == TelnetCommand.OPTION_SUPPRESS_GO_AHEAD) {
          serverEnabled.add(option);
          yield Optional.of(new Negotiation(Verb.DO, option));
        }
        yield serverRefused.add(option) ? Optional.of(new Negotiation(Verb.DONT, option)) : Optional.empty();
      }
      case WONT -> serverEnabled.remove(option) ? Optional.of(new Negotiation(Verb.DONT, option)) : Optional.empty();
      case DO -> {
        if (clientEnabled.contains(option)) {
          yield Optional.empty();
        }
        if (option == TelnetCommand.OPTION_SUPPRESS_GO_AHEAD) {
          clientEnabled.add(option);
          yield Optional.of(new Negotiation(Verb.WILL, option));
        }
        yield clientRefused.add(option) ? Optional.of(new Negotiation(Verb.WONT, option)) : Optional.empty();
      }
      case DONT -> clientEnabled.remove(option) ? Optional.of(new Negotiation(Verb.WONT, option)) : Optional.empty();
    };
    if (reply.isPresent()) {
      replies++;
    }
    return reply;
  }

  static byte[] encode(Negotiation negotiation) {
    return new byte[] {(byte) TelnetCommand.IAC, (byte) negotiation.verb().code(), (byte) negotiation.option()};
  }
}
