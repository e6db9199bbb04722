package dev.iotcop.net.proto.ssh;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The identification line {@code SSH-protoversion-softwareversion [comments]} and any lines the server sent before it.
 * Reading is bounded: lines of at most 255 bytes, at most {@link #MAX_PREAMBLE_LINES} lines before the identification.
 */
public record SshIdentification(
    String protocolVersion,
    String softwareVersion,
    Optional<String> comments,
    List<String> preamble) {

  public static final int MAX_LINE = 255;
  public static final int MAX_PREAMBLE_LINES = 32;

  public SshIdentification {
    preamble = List.copyOf(preamble);
    if (protocolVersion.isEmpty() || softwareVersion.isEmpty() || !printable(protocolVersion + softwareVersion)
        || protocolVersion.contains("-") || comments.map(c -> c.isEmpty() || !printableOrSpace(c)).orElse(false)) {
      throw new IllegalArgumentException("identification fields must be non-empty printable ASCII");
    }
  }

  /** The line without CR LF. */
  public String line() {
    return "SSH-" + protocolVersion + "-" + softwareVersion + comments.map(c -> " " + c).orElse("");
  }

  /** The line with CR LF, as sent on the wire. */
  public byte[] encode() {
    return (line() + "\r\n").getBytes(StandardCharsets.US_ASCII);
  }

  /** True for protocol 2.0 and for 1.99, which announces 2.0 compatibility. */
  public boolean speaksSsh2() {
    return protocolVersion.equals("2.0") || protocolVersion.equals("1.99");
  }

  /** Parses one identification line, with or without its line ending. */
  public static SshIdentification parseLine(String line, List<String> preamble) throws SshProtocolException {
    String l = line.endsWith("\r\n") ? line.substring(0, line.length() - 2)
        : line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    if (!l.startsWith("SSH-")) {
      throw new SshProtocolException("identification does not start with SSH-");
    }
    int dash = l.indexOf('-', 4);
    if (dash < 0) {
      throw new SshProtocolException("identification has no software version");
    }
    String proto = l.substring(4, dash);
    String rest = l.substring(dash + 1);
    int space = rest.indexOf(' ');
    String software = space < 0 ? rest : rest.substring(0, space);
    Optional<String> comments = space < 0 ? Optional.empty() : Optional.of(rest.substring(space + 1));
    if (comments.isPresent() && comments.get().isEmpty()) {
      comments = Optional.empty();
    }
    if (proto.isEmpty() || software.isEmpty() || !printable(proto + software)
        || comments.map(c -> !printableOrSpace(c)).orElse(false)) {
      throw new SshProtocolException("identification has empty or non-printable fields");
    }
    return new SshIdentification(proto, software, comments, preamble);
  }

  public static SshIdentification read(byte[] data) throws SshProtocolException {
    try {
      return read(new ByteArrayInputStream(data));
    } catch (IOException e) {
      throw new SshProtocolException("unreadable identification", e);
    }
  }

  /** Reads lines until the identification line; consumes exactly the bytes up to and including its LF. */
  public static SshIdentification read(InputStream in) throws IOException, SshProtocolException {
    List<String> preamble = new ArrayList<>();
    while (true) {
      String line = readLine(in);
      if (line.startsWith("SSH-")) {
        return parseLine(line, preamble);
      }
      if (preamble.size() == MAX_PREAMBLE_LINES) {
        throw new SshProtocolException("no identification within " + MAX_PREAMBLE_LINES + " lines");
      }
      preamble.add(line);
    }
  }

  private static String readLine(InputStream in) throws IOException, SshProtocolException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    while (true) {
      int b = in.read();
      if (b < 0) {
        throw new SshProtocolException(buf.size() == 0 ? "connection closed before identification"
            : "connection closed inside a line");
      }
      if (b == '\n') {
        byte[] bytes = buf.toByteArray();
        int len = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, len, StandardCharsets.ISO_8859_1);
      }
      if (b == 0) {
        throw new SshProtocolException("NUL byte in identification line");
      }
      buf.write(b);
      if (buf.size() >= MAX_LINE) {
        throw new SshProtocolException("line longer than " + MAX_LINE + " bytes");
      }
    }
  }

  private static boolean printable(String s) {
    return s.chars().allMatch(c -> c > 0x20 && c < 0x7F);
  }

  private static boolean printableOrSpace(String s) {
    return s.chars().allMatch(c -> c >= 0x20 && c < 0x7F);
  }
}
