package dev.iotcop.net.proto.coap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads CoRE Link Format (RFC 6690), as served at /.well-known/core. Lenient about white space; bounded in size. */
public final class LinkFormat {
  public static final int MAX_CHARS = 64 * 1024;
  public static final int MAX_LINKS = 1024;
  public static final int MAX_PARAMS = 64;

  private final String text;
  private int position;

  private LinkFormat(String text) {
    this.text = text;
  }

  public static List<Link> parse(String document) throws CoapFormatException {
    if (document.length() > MAX_CHARS) {
      throw new CoapFormatException("link document of " + document.length() + " characters exceeds " + MAX_CHARS);
    }
    return new LinkFormat(document).links();
  }

  private List<Link> links() throws CoapFormatException {
    List<Link> links = new ArrayList<>();
    skipSpace();
    if (position == text.length()) {
      return links;
    }
    while (true) {
      if (links.size() >= MAX_LINKS) {
        throw new CoapFormatException("more than " + MAX_LINKS + " links");
      }
      links.add(link());
      skipSpace();
      if (position == text.length()) {
        return links;
      }
      expect(',');
      skipSpace();
    }
  }

  private Link link() throws CoapFormatException {
    expect('<');
    int close = text.indexOf('>', position);
    if (close < 0) {
      throw new CoapFormatException("unterminated link target at " + position);
    }
    String target = text.substring(position, close);
    position = close + 1;
    List<Link.Param> params = new ArrayList<>();
    skipSpace();
    while (position < text.length() && text.charAt(position) == ';') {
      position++;
      skipSpace();
      if (params.size() >= MAX_PARAMS) {
        throw new CoapFormatException("more than " + MAX_PARAMS + " parameters in one link");
      }
      params.add(param());
      skipSpace();
    }
    return new Link(target, params);
  }

  private Link.Param param() throws CoapFormatException {
    int start = position;
    while (position < text.length() && isNameChar(text.charAt(position))) {
      position++;
    }
    if (position == start) {
      throw new CoapFormatException("missing parameter name at " + start);
    }
    String name = text.substring(start, position);
    skipSpace();
    if (position >= text.length() || text.charAt(position) != '=') {
      return new Link.Param(name, Optional.empty());
    }
    position++;
    skipSpace();
    if (position < text.length() && text.charAt(position) == '"') {
      return new Link.Param(name, Optional.of(quoted()));
    }
    int valueStart = position;
    while (position < text.length() && ",;".indexOf(text.charAt(position)) < 0) {
      position++;
    }
    return new Link.Param(name, Optional.of(text.substring(valueStart, position).strip()));
  }

  private String quoted() throws CoapFormatException {
    position++;
    StringBuilder value = new StringBuilder();
    while (position < text.length()) {
      char c = text.charAt(position++);
      if (c == '"') {
        return value.toString();
      }
      if (c == '\\' && position < text.length()) {
        c = text.charAt(position++);
      }
      value.append(c);
    }
    throw new CoapFormatException("unterminated quoted string");
  }

  private static boolean isNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~*".indexOf(c) >= 0;
  }

  private void expect(char c) throws CoapFormatException {
    if (position >= text.length() || text.charAt(position) != c) {
      throw new CoapFormatException("expected '" + c + "' at " + position);
    }
    position++;
  }

  private void skipSpace() {
    while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
      position++;
    }
  }
}
