package dev.iotcop.net.proto.telnet;

import java.util.Arrays;

/** A telnet command found between data bytes (RFC 854). */
public sealed interface TelnetCommand {
  int IAC = 0xFF;
  int DONT = 0xFE;
  int DO = 0xFD;
  int WONT = 0xFC;
  int WILL = 0xFB;
  int SB = 0xFA;
  int SE = 0xF0;

  int OPTION_ECHO = 1;
  int OPTION_SUPPRESS_GO_AHEAD = 3;

  enum Verb {
    WILL(TelnetCommand.WILL),
    WONT(TelnetCommand.WONT),
    DO(TelnetCommand.DO),
    DONT(TelnetCommand.DONT);

    private final int code;

    Verb(int code) {
      this.code = code;
    }

    public int code() {
      return code;
    }

    static Verb of(int code) {
      return switch (code) {
        case TelnetCommand.WILL -> WILL;
        case TelnetCommand.WONT -> WONT;
        case TelnetCommand.DO -> DO;
        case TelnetCommand.DONT -> DONT;
        default -> throw new IllegalArgumentException("not a negotiation verb: " + code);
      };
    }
  }

  /** WILL, WONT, DO or DONT for an option. */
  record Negotiation(Verb verb, int option) implements TelnetCommand {}

  /** IAC SB option ... IAC SE; {@code truncated} when the data exceeded the decoder's limit and was cut. */
  record Subnegotiation(int option, byte[] data, boolean truncated) implements TelnetCommand {
    public Subnegotiation {
      data = data.clone();
    }

    @Override
    public byte[] data() {
      return data.clone();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Subnegotiation s && option == s.option && truncated == s.truncated
          && Arrays.equals(data, s.data);
    }

    @Override
    public int hashCode() {
      return 31 * option + Arrays.hashCode(data) + (truncated ? 1 : 0);
    }
  }

  /** Any other two-byte command (NOP, GA, AYT, ...), by its code. */
  record Simple(int code) implements TelnetCommand {}
}
