package dev.iotcop.net.proto.telnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class TelnetStreamDecoderPropertiesTest {

  private record Whole(byte[] data, List<TelnetCommand> commands) {}

  private static Whole decodeInPieces(byte[] input, int pieceSize) {
    TelnetStreamDecoder decoder = new TelnetStreamDecoder(16);
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    List<TelnetCommand> commands = new ArrayList<>();
    for (int i = 0; i < input.length; i += pieceSize) {
      TelnetStreamDecoder.Decoded decoded = decoder.decode(input, i, Math.min(pieceSize, input.length - i));
      data.writeBytes(decoded.data());
      commands.addAll(decoded.commands());
    }
    return new Whole(data.toByteArray(), commands);
  }

  @Property(tries = 2000)
  void anyBytesDecodeTheSameWhateverTheChunking(@ForAll @Size(max = 300) byte[] input,
      @ForAll @IntRange(min = 1, max = 40) int pieceSize) {
    Whole whole = decodeInPieces(input, input.length + 1);
    Whole pieces = decodeInPieces(input, pieceSize);
    assertThat(pieces.data()).isEqualTo(whole.data());
    assertThat(pieces.commands()).isEqualTo(whole.commands());
    assertThat(whole.data().length).isLessThanOrEqualTo(input.length);
    assertThat(whole.commands()).allSatisfy(c -> {
      if (c instanceof TelnetCommand.Subnegotiation s) {
        assertThat(s.data().length).isLessThanOrEqualTo(16);
      }
    });
  }

  @Property
  void escapedDataComesBackUnchanged(@ForAll @Size(max = 200) byte[] data) {
    ByteArrayOutputStream wire = new ByteArrayOutputStream();
    for (int i = 0; i < data.length; i++) {
      wire.write(data[i]);
      if ((data[i] & 0xFF) == 0xFF) {
        wire.write(0xFF);
      }
      boolean crBeforeNul = data[i] == '\r' && i + 1 < data.length && data[i + 1] == 0;
      if (crBeforeNul) {
        wire.write(0); // a literal CR NUL is sent as CR NUL NUL
      }
    }
    Whole decoded = decodeInPieces(wire.toByteArray(), 7);
    assertThat(decoded.data()).isEqualTo(data);
    assertThat(decoded.commands()).isEmpty();
  }
}
