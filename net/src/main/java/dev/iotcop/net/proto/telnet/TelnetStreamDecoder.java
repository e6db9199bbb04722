package dev.iotcop.net.proto.telnet;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Separates telnet data from commands, incrementally: a command split across reads is completed by the next chunk.
 * Every byte sequence is acceptable input, so decoding never fails; subnegotiation data beyond the limit is dropped,
 * which keeps memory bounded whatever the peer sends. A NUL after CR (the NVT form of a bare carriage return) is
 * dropped; {@code IAC IAC} becomes one 0xFF data byte.
 */
public final class TelnetStreamDecoder {
  public static final int DEFAULT_MAX_SUBNEGOTIATION = 256;

  private enum State { DATA, CARRIAGE_RETURN, COMMAND, OPTION, SUB_OPTION, SUB_DATA, SUB_COMMAND }

  /** The data and commands in one chunk, in the order they came. */
  public record Decoded(byte[] data, List<TelnetCommand> commands) {
    public Decoded {
      data = data.clone();
      commands = List.copyOf(commands);
    }

    @Override
    public byte[] data() {
      return data.clone();
    }
  }

  private final int maxSubnegotiation;
  private State state = State.DATA;
  private int verb;
  private int subOption;
  private final ByteArrayOutputStream subData = new ByteArrayOutputStream();
  private boolean subTruncated;

  public TelnetStreamDecoder() {
    this(DEFAULT_MAX_SUBNEGOTIATION);
  }

  public TelnetStreamDecoder(int maxSubnegotiation) {
    if (maxSubnegotiation < 0 || maxSubnegotiation > 65_536) {
      throw new IllegalArgumentException("maxSubnegotiation must be between 0 and 65536");
    }
    this.maxSubnegotiation = maxSubnegotiation;
  }

  public Decoded decode(byte[] chunk, int offset, int length) {
    ByteArrayOutputStream data = new ByteArrayOutputStream(length);
    List<TelnetCommand> commands = new ArrayList<>();
    for (int i = offset; i < offset + length; i++) {
      int b = chunk[i] & 0xFF;
      switch (state) {
        case DATA, CARRIAGE_RETURN -> {
          boolean afterCr = state == State.CARRIAGE_RETURN;
          state = State.DATA;
          if (b == TelnetCommand.IAC) {
            state = State.COMMAND;
          } else if (!(afterCr && b == 0)) {
            data.write(b);
            if (b == '\r') {
              state = State.CARRIAGE_RETURN;
            }
          }
        }
        case COMMAND -> {
          switch (b) {
            case TelnetCommand.IAC -> {
              data.write(b);
              state = State.DATA;
            }
            case TelnetCommand.WILL, TelnetCommand.WONT, TelnetCommand.DO, TelnetCommand.DONT -> {
              verb = b;
              state = State.OPTION;
            }
            case TelnetCommand.SB -> state = State.SUB_OPTION;
            default -> {
              commands.add(new TelnetCommand.Simple(b));
              state = State.DATA;
            }
          }
        }
        case OPTION -> {
          commands.add(new TelnetCommand.Negotiation(TelnetCommand.Verb.of(verb), b));
          state = State.DATA;
        }
        case SUB_OPTION -> {
          subOption = b;
          subData.reset();
          subTruncated = false;
          state = State.SUB_DATA;
        }
        case SUB_DATA -> {
          if (b == TelnetCommand.IAC) {
            state = State.SUB_COMMAND;
          } else {
            subByte(b);
          }
        }
        case SUB_COMMAND -> {
          if (b == TelnetCommand.SE) {
            commands.add(new TelnetCommand.Subnegotiation(subOption, subData.toByteArray(), subTruncated));
            subData.reset();
            state = State.DATA;
          } else {
            // IAC IAC is an escaped 0xFF; any other byte after IAC inside SB is a peer error, kept as data
            subByte(b);
            state = State.SUB_DATA;
          }
        }
      }
    }
    return new Decoded(data.toByteArray(), commands);
  }

  private void subByte(int b) {
    if (subData.size() < maxSubnegotiation) {
      subData.write(b);
    } else {
      subTruncated = true;
    }
  }
}
