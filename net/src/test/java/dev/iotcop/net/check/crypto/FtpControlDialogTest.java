package dev.iotcop.net.check.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iotcop.engine.evidence.Transcript;
import dev.iotcop.net.proto.ftp.FtpReply;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class FtpControlDialogTest {
  private static FtpControlDialog dialog(String server, ByteArrayOutputStream sent) {
    return new FtpControlDialog(new ByteArrayInputStream(server.getBytes(StandardCharsets.ISO_8859_1)), sent);
  }

  @Test
  void readsSingleAndMultiLineRepliesAndSendsCommands() throws IOException {
    ByteArrayOutputStream sent = new ByteArrayOutputStream();
    FtpControlDialog d = dialog("220 (vsFTPd 3.0.3)\r\n211-Features:\r\n AUTH TLS\r\n PBSZ\r\n211 End\r\n"
        + "331 Please specify the password.\r\n", sent);
    assertThat(d.read().code()).isEqualTo(220);
    FtpReply feat = d.command("FEAT");
    assertThat(feat.code()).isEqualTo(211);
    assertThat(feat.lines()).containsExactly("211-Features:", " AUTH TLS", " PBSZ", "211 End");
    assertThat(d.command("USER iotcop-0").code()).isEqualTo(331);
    assertThat(sent.toString(StandardCharsets.US_ASCII)).isEqualTo("FEAT\r\nUSER iotcop-0\r\n");
    assertThat(d.transcript().lines()).filteredOn(l -> l.direction() == Transcript.Direction.SENT)
        .extracting(Transcript.Line::text).containsExactly("FEAT", "USER iotcop-0");
  }

  @Test
  void refusesWhatIsNotAnFtpReply() {
    assertThatThrownBy(() -> dialog("SSH-2.0-OpenSSH_9.2\r\n", new ByteArrayOutputStream()).read())
        .isInstanceOf(IOException.class);
    assertThatThrownBy(() -> dialog("220-unfinished\r\n", new ByteArrayOutputStream()).read())
        .isInstanceOf(IOException.class);
    assertThatThrownBy(() -> dialog("220-" + "x\r\n".repeat(300), new ByteArrayOutputStream()).read())
        .isInstanceOf(IOException.class).hasMessageContaining("lines");
    assertThatThrownBy(() -> dialog("220 " + "y".repeat(70_000) + "\r\n", new ByteArrayOutputStream()).read())
        .isInstanceOf(IOException.class).hasMessageContaining("bytes");
  }

  @Provide
  Arbitrary<List<String>> replyTexts() {
    return Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(80)
        .filter(s -> !s.matches("^\\d{3}[ ].*") && !s.matches("^\\d{3}$")).list().ofMaxSize(20);
  }

  @Property(tries = 300)
  void multiLineRepliesComeBackWhole(@ForAll("replyTexts") List<String> middle) throws IOException {
    StringBuilder s = new StringBuilder("250-first\r\n");
    middle.forEach(m -> s.append(m).append("\r\n"));
    s.append("250 last\r\n");
    FtpReply r = dialog(s.toString(), new ByteArrayOutputStream()).read();
    List<String> expected = new ArrayList<>(List.of("250-first"));
    middle.forEach(m -> expected.add(m.length() > FtpControlDialog.MAX_LINE ? m.substring(0, FtpControlDialog.MAX_LINE) : m));
    expected.add("250 last");
    assertThat(r.code()).isEqualTo(250);
    assertThat(r.lines()).isEqualTo(expected);
  }

  @Property(tries = 500)
  void anyBytesGiveAReplyOrAnIoException(@ForAll byte[] bytes) {
    FtpControlDialog d = new FtpControlDialog(new ByteArrayInputStream(bytes), new ByteArrayOutputStream());
    try {
      FtpReply r = d.read();
      assertThat(r.code()).isBetween(0, 999);
      assertThat(r.lines()).isNotEmpty().hasSizeLessThanOrEqualTo(FtpControlDialog.MAX_LINES);
    } catch (IOException expected) {
      // the declared way to refuse
    }
  }
}
