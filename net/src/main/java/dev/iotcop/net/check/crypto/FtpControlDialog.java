package dev.iotcop.net.check.crypto;

import dev.iotcop.engine.evidence.Transcript;
import dev.iotcop.net.proto.ftp.FtpReply;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few FTP control exchanges the clear-text check needs: read a reply, send a command, read its reply. It never
 * sends PASS. Replies are read with caps on line length, lines per reply and bytes per session, so a hostile server
 * cannot hold or flood it; the caller's stream carries the time budget.
 */
final class FtpControlDialog {
  static final int MAX_LINE = 1024;
  static final int MAX_LINES = 256;
  static final int MAX_BYTES = 64 * 1024;
  private static final Pattern FIRST = Pattern.compile("^(\\d{3})([ -])");

  private final InputStream in;
  private final OutputStream out;
  private final List<Transcript.Line> transcript = new ArrayList<>();
  private int bytesRead;

  FtpControlDialog(InputStream in, OutputStream out) {
    this.in = in;
    this.out = out;
  }

  /** Reads one reply, single or multi-line (RFC 959 section 4.2). */
  FtpReply read() throws IOException {
    String first = line();
    Matcher m = FIRST.matcher(first);
    if (!m.find()) {
      throw new IOException("not an FTP reply: " + first);
    }
    String code = m.group(1);
    List<String> lines = new ArrayList<>(List.of(first));
    if (m.group(2).equals("-")) {
      while (true) {
        if (lines.size() == MAX_LINES) {
          throw new IOException("reply longer than " + MAX_LINES + " lines");
        }
        String next = line();
        lines.add(next);
        if (next.startsWith(code + " ") || next.equals(code)) {
          break;
        }
      }
    }
    lines.forEach(l -> transcript.add(Transcript.Line.received(l)));
    return new FtpReply(Integer.parseInt(code), lines);
  }

  FtpReply command(String line) throws IOException {
    if (line.indexOf('\r') >= 0 || line.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("FTP commands are one line");
    }
    transcript.add(Transcript.Line.sent(line));
    out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
    return read();
  }

  Transcript transcript() {
    return new Transcript("ftp", transcript);
  }

  private String line() throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    while (true) {
      int b = in.read();
      if (b < 0) {
        throw new EOFException("connection closed");
      }
      if (++bytesRead > MAX_BYTES) {
        throw new IOException("server sent more than " + MAX_BYTES + " bytes");
      }
      if (b == '\n') {
        break;
      }
      if (buf.size() < MAX_LINE) {
        buf.write(b);
      }
    }
    String s = buf.toString(StandardCharsets.ISO_8859_1);
    return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
  }
}
