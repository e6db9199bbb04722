package dev.iotcop.net.proto.http;

import dev.iotcop.net.proto.Octets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads one HTTP/1.x response from a stream: status line, header fields (repeats kept, obsolete line folding joined),
 * then a body framed by chunked coding, Content-Length or connection close. Every part is bounded; a body longer than
 * the cap is cut and marked truncated, and the rest is not read.
 */
public final class HttpResponseReader {
  public static final int DEFAULT_BODY_CAP = 256 * 1024;
  static final int MAX_LINE = 8192;
  static final int MAX_HEADER_FIELDS = 128;
  static final int MAX_HEADER_BYTES = 64 * 1024;
  static final int MAX_INTERIM_RESPONSES = 8;

  private final int bodyCap;

  public HttpResponseReader(int bodyCap) {
    if (bodyCap < 0) {
      throw new IllegalArgumentException("negative cap");
    }
    this.bodyCap = bodyCap;
  }

  public HttpResponseReader() {
    this(DEFAULT_BODY_CAP);
  }

  public HttpResponse read(byte[] data, String requestMethod) throws HttpProtocolException {
    try {
      return read(new ByteArrayInputStream(data), requestMethod);
    } catch (IOException e) {
      throw new HttpProtocolException("unreadable response", e);
    }
  }

  /** {@code requestMethod} matters: a response to HEAD has no body whatever its headers say. */
  public HttpResponse read(InputStream in, String requestMethod) throws IOException, HttpProtocolException {
    for (int i = 0; i <= MAX_INTERIM_RESPONSES; i++) {
      String statusLine = readLine(in, MAX_LINE, true);
      String[] parts = statusLine.split(" ", 3);
      if (parts.length < 2 || !parts[0].matches("HTTP/1\\.[01]") || !parts[1].matches("[1-5][0-9][0-9]")) {
        throw new HttpProtocolException("not an HTTP/1.x status line: " + printable(statusLine));
      }
      int status = Integer.parseInt(parts[1]);
      String reason = parts.length == 3 ? parts[2] : "";
      HttpHeaders headers = readHeaders(in);
      if (status >= 100 && status < 200 && status != 101) {
        continue;
      }
      BodyResult body = noBody(status, requestMethod) ? new BodyResult(new byte[0], false) : readBody(in, headers);
      return new HttpResponse(parts[0], status, reason, headers, Octets.of(body.bytes), body.truncated);
    }
    throw new HttpProtocolException("more than " + MAX_INTERIM_RESPONSES + " interim responses");
  }

  private static boolean noBody(int status, String method) {
    return method.equalsIgnoreCase("HEAD") || status == 204 || status == 304 || status < 200;
  }

  private record BodyResult(byte[] bytes, boolean truncated) {}

  private HttpHeaders readHeaders(InputStream in) throws IOException, HttpProtocolException {
    List<String[]> raw = new ArrayList<>();
    int total = 0;
    while (true) {
      String line = readLine(in, MAX_LINE, false);
      total += line.length() + 2;
      if (total > MAX_HEADER_BYTES) {
        throw new HttpProtocolException("header section longer than " + MAX_HEADER_BYTES + " bytes");
      }
      if (line.isEmpty()) {
        break;
      }
      if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
        if (raw.isEmpty()) {
          throw new HttpProtocolException("continuation line before any header field");
        }
        String[] last = raw.getLast();
        last[1] = last[1] + " " + line.strip();
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new HttpProtocolException("header line without a name: " + printable(line));
      }
      String name = line.substring(0, colon);
      if (!HttpSyntax.isToken(name)) {
        throw new HttpProtocolException("header name is not a token: " + printable(name));
      }
      if (raw.size() == MAX_HEADER_FIELDS) {
        throw new HttpProtocolException("more than " + MAX_HEADER_FIELDS + " header fields");
      }
      raw.add(new String[] {name, line.substring(colon + 1).strip()});
    }
    List<HttpHeader> fields = new ArrayList<>(raw.size());
    for (String[] r : raw) {
      fields.add(new HttpHeader(r[0], r[1].replace('\0', ' ').replace('\r', ' ')));
    }
    return new HttpHeaders(fields);
  }

  private BodyResult readBody(InputStream in, HttpHeaders headers) throws IOException, HttpProtocolException {
    List<String> te = headers.all("Transfer-Encoding");
    if (!te.isEmpty()) {
      String codings = String.join(",", te).toLowerCase(Locale.ROOT);
      String[] list = codings.split(",");
      if (!list[list.length - 1].strip().equals("chunked")) {
        return readUntilClose(in);
      }
      return readChunked(in);
    }
    List<String> lengths = headers.all("Content-Length");
    if (!lengths.isEmpty()) {
      long length = contentLength(lengths);
      return readExactly(in, length);
    }
    return readUntilClose(in);
  }

  private static long contentLength(List<String> values) throws HttpProtocolException {
    long length = -1;
    for (String v : values) {
      for (String item : v.split(",")) {
        String s = item.strip();
        if (s.isEmpty() || s.length() > 18 || !s.chars().allMatch(Character::isDigit)) {
          throw new HttpProtocolException("invalid Content-Length: " + printable(v));
        }
        long l = Long.parseLong(s);
        if (length >= 0 && l != length) {
          throw new HttpProtocolException("conflicting Content-Length values");
        }
        length = l;
      }
    }
    return length;
  }

  private BodyResult readExactly(InputStream in, long length) throws IOException, HttpProtocolException {
    int want = (int) Math.min(length, bodyCap);
    byte[] buf = in.readNBytes(want);
    if (buf.length < want) {
      throw new HttpProtocolException("connection closed after " + buf.length + " of " + length + " body bytes");
    }
    return new BodyResult(buf, length > bodyCap);
  }

  private BodyResult readUntilClose(InputStream in) throws IOException {
    byte[] buf = in.readNBytes(bodyCap);
    boolean more = buf.length == bodyCap && in.read() >= 0;
    return new BodyResult(buf, more);
  }

  private BodyResult readChunked(InputStream in) throws IOException, HttpProtocolException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    while (true) {
      String sizeLine = readLine(in, 1024, false);
      int semi = sizeLine.indexOf(';');
      String hex = (semi >= 0 ? sizeLine.substring(0, semi) : sizeLine).strip();
      if (hex.isEmpty() || hex.length() > 15 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
        throw new HttpProtocolException("invalid chunk size line: " + printable(sizeLine));
      }
      long size = Long.parseLong(hex, 16);
      if (size == 0) {
        readTrailers(in);
        return new BodyResult(out.toByteArray(), false);
      }
      long room = bodyCap - out.size();
      if (size > room) {
        out.writeBytes(readOrFail(in, (int) room));
        return new BodyResult(out.toByteArray(), true);
      }
      out.writeBytes(readOrFail(in, (int) size));
      if (!readLine(in, 2, false).isEmpty()) {
        throw new HttpProtocolException("chunk data not followed by CRLF");
      }
    }
  }

  private static byte[] readOrFail(InputStream in, int n) throws IOException, HttpProtocolException {
    byte[] b = in.readNBytes(n);
    if (b.length < n) {
      throw new HttpProtocolException("connection closed inside a chunk");
    }
    return b;
  }

  private static void readTrailers(InputStream in) throws IOException, HttpProtocolException {
    for (int i = 0; i <= MAX_HEADER_FIELDS; i++) {
      String line;
      try {
        line = readLine(in, MAX_LINE, false);
      } catch (HttpProtocolException closedWithoutFinalCrlf) {
        return;
      }
      if (line.isEmpty()) {
        return;
      }
    }
    throw new HttpProtocolException("too many trailer fields");
  }

  /** A line ended by LF (CR before it optional), read as ISO-8859-1 so every byte maps to one char. */
  static String readLine(InputStream in, int max, boolean first) throws IOException, HttpProtocolException {
    StringBuilder b = new StringBuilder();
    while (true) {
      int c = in.read();
      if (c < 0) {
        throw new HttpProtocolException(first && b.isEmpty() ? "connection closed without a response"
            : "connection closed inside a line");
      }
      if (c == '\n') {
        int len = b.length();
        if (len > 0 && b.charAt(len - 1) == '\r') {
          b.setLength(len - 1);
        }
        return b.toString();
      }
      if (b.length() >= max) {
        throw new HttpProtocolException("line longer than " + max + " bytes");
      }
      b.append((char) c);
    }
  }

  private static String printable(String s) {
    String cut = s.length() > 80 ? s.substring(0, 80) + "..." : s;
    byte[] b = cut.getBytes(StandardCharsets.ISO_8859_1);
    StringBuilder out = new StringBuilder();
    for (byte x : b) {
      int c = x & 0xFF;
      out.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\x%02x", c));
    }
    return out.toString();
  }
}
